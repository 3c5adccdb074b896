// The device that signed up, so that the sign-up's confirmation link can tell whether it comes back to it
// (pre-account takeover, README: Security model). A device is its client address (IPv4, or the /64 of an IPv6
// address, as the rate limits count it; every loopback address is this machine) with its exact User-Agent. Only a
// digest is stored.
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ipLimitKey } from '../../security/rate-limits.ts';
import type { UserRow } from '../../store/users.ts';
import { isLoopback } from '../outbox/local-only.ts';

type DeviceRequest = Pick<FastifyRequest, 'ip' | 'headers'>;

/** The digest of a request's client address and User-Agent. */
export function deviceOf(request: DeviceRequest): string {
  const address = isLoopback(request.ip) ? 'loopback' : ipLimitKey(request.ip);
  const agent = request.headers['user-agent'] ?? '';
  return createHash('sha256').update(`${address}\n${agent}`, 'utf8').digest('hex');
}

/** Does this request come from the device that signed the account up? */
export const isSignUpDevice = (user: Pick<UserRow, 'sign_up_device'>, request: DeviceRequest): boolean =>
  user.sign_up_device !== null && user.sign_up_device === deviceOf(request);
