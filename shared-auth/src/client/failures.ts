/**
 * Every way a call can fail, as a `Failure` value: the client's error answers, rejected requests (network, CORS,
 * timeouts) and preconditions shared-auth checks itself. Nothing here throws.
 */
import type { APIError } from 'altogic';
import type { ApiErrorItem, Failure, Result } from 'portal-contract';

/** The two codes on which the client drops its session (docs/wire-contract.md §1.8). */
export const SESSION_CODES = ['invalid_session_token', 'missing_session_token'] as const;
export type SessionCode = (typeof SESSION_CODES)[number];

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: Failure): Result<T> => ({ ok: false, error });

export function clientFailure(status: number, code: string, message: string): Failure {
  return { status, items: [{ origin: 'client_error', code, message }] };
}

export const networkFailure = (message = 'The server could not be reached. Check your connection and try again.'): Failure =>
  clientFailure(0, 'network_error', message);

export const notConfigured = (): Failure =>
  clientFailure(0, 'not_configured', 'Sign-in is not available: shared-auth has not been configured.');

export const notSignedIn = (): Failure => clientFailure(401, 'not_signed_in', 'You are not signed in.');

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** An item whatever the server sent: the client wraps a non-conforming body as an item too (docs/wire-contract.md §1.7). */
function toItem(raw: unknown): ApiErrorItem {
  const entry = isObject(raw) ? raw : {};
  const item: ApiErrorItem = {
    origin: typeof entry.origin === 'string' ? entry.origin : 'server_error',
    code: typeof entry.code === 'string' ? entry.code : 'unknown_error',
    message: typeof entry.message === 'string' ? entry.message : 'Something went wrong.',
  };
  if (isObject(entry.details)) item.details = entry.details;
  return item;
}

export function toFailure(errors: APIError): Failure {
  const items = Array.isArray(errors.items) && errors.items.length > 0 ? errors.items.map(toItem) : [toItem(null)];
  const failure: Failure = { status: typeof errors.status === 'number' ? errors.status : 0, items };
  // The client exposes no headers, so `Retry-After` is only known if the server repeats it in the item's details
  // (altogic-local names it `retryAfterSeconds`).
  const details = items[0]?.details;
  const retryAfter = details?.retryAfter ?? details?.retryAfterSeconds;
  if (typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter >= 0) failure.retryAfter = retryAfter;
  return failure;
}

export function sessionCodeOf(failure: Failure): SessionCode | null {
  const item = failure.items.find((entry) => (SESSION_CODES as readonly string[]).includes(entry.code));
  return item ? (item.code as SessionCode) : null;
}

/** A success answer without what the call must return (the client passes such answers through). */
export const invalidAnswer = (message: string): Failure => ({
  status: 0,
  items: [{ origin: 'server_error', code: 'invalid_answer', message }],
});
