/**
 * What crosses tabs, and how a receiver decides what to drop: anything that is not a version-1 envelope of a
 * known type with a well-formed payload. An older shared-auth next to a newer one ignores what it does not know.
 */
import type { AuthEventMap, AuthEventType, BusEnvelope, SignOutReason } from 'portal-contract';

export const BUS_VERSION = 1;

const SIGN_OUT_REASONS: readonly SignOutReason[] = ['user', 'revoked', 'expired', 'other-tab'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const hasUser = (payload: Record<string, unknown>) => isObject(payload.user) && typeof payload.user._id === 'string';

/** One check per event type: adding an event to the contract without a check here fails the type check. */
const PAYLOAD_CHECKS: { [K in AuthEventType]: (payload: Record<string, unknown>) => boolean } = {
  'signed-in': hasUser,
  'user-updated': hasUser,
  'signed-out': (p) => SIGN_OUT_REASONS.includes(p.reason as SignOutReason),
  'session-invalid': (p) => typeof p.code === 'string',
  'locale-changed': (p) => typeof p.locale === 'string',
};

export function isEventType(type: unknown): type is AuthEventType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(PAYLOAD_CHECKS, type);
}

export function isPayloadOf<K extends AuthEventType>(type: K, payload: unknown): payload is AuthEventMap[K] {
  return isObject(payload) && PAYLOAD_CHECKS[type](payload);
}

/** The envelope if `raw` is one this version understands, else null. Sequence and sender checks are the bus's. */
export function readEnvelope(raw: unknown): BusEnvelope | null {
  if (!isObject(raw)) return null;
  if (raw.v !== BUS_VERSION) return null;
  if (typeof raw.from !== 'string' || typeof raw.seq !== 'number' || !Number.isFinite(raw.seq)) return null;
  if (!isEventType(raw.type) || !isPayloadOf(raw.type, raw.payload)) return null;
  return raw as unknown as BusEnvelope;
}
