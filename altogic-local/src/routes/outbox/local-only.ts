// The development surfaces (outbox, info) are for the developer's own machine: a loopback peer address is not
// enough, since a reverse proxy on the same host forwards remote requests from 127.0.0.1 and a DNS-rebinding
// page reaches a loopback port under its own name. So they also need a Host header that names this machine.
import type { FastifyRequest } from 'fastify';
import type { ServerConfig } from '../../config.ts';
import { ApiError, ErrorCode } from '../../errors.ts';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** `localhost`, `127.0.0.1` or `[::1]` with exactly the port the request arrived on. */
export function isLoopbackHostHeader(host: string | undefined, port: number | undefined): boolean {
  if (!host || port === undefined) return false;
  const match = /^(.+):(\d{1,5})$/.exec(host.trim().toLowerCase());
  return match !== null && LOOPBACK_NAMES.has(match[1]!) && Number(match[2]) === port;
}

function isLoopbackUrl(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname === '[::1]' || hostname.startsWith('127.');
}

/**
 * `auto` keeps the outbox only for a server on this machine: not in production, not bound to a non-loopback
 * address, and not behind a public URL (a reverse proxy would forward the world to it from 127.0.0.1).
 */
export function outboxEnabled(config: ServerConfig, nodeEnv: string | undefined): boolean {
  if (config.outbox !== 'auto') return config.outbox === 'on';
  const loopbackBind = config.host === 'localhost' || config.host === '::1' || config.host.startsWith('127.');
  return nodeEnv !== 'production' && loopbackBind && (config.publicUrl === null || isLoopbackUrl(config.publicUrl));
}

const nothingHere = () => new ApiError(404, ErrorCode.notFound, 'There is nothing here.');

/** onRequest guard: a loopback Host for this port, else the same 404 as an unknown path. */
export async function requireLocalHost(request: FastifyRequest): Promise<void> {
  if (!isLoopbackHostHeader(request.headers.host, request.socket.localPort)) throw nothingHere();
}

/** onRequest guard of the outbox: enabled, a loopback peer and a loopback Host. */
export function outboxGuard(enabled: boolean) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!enabled || !isLoopback(request.socket.remoteAddress)) throw nothingHere();
    await requireLocalHost(request);
  };
}
