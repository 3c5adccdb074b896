import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { ipLimitKey, type RouteLimit } from '../security/rate-limits.ts';
import { isLoopback } from './outbox/local-only.ts';

/** Route `config` that applies one of the per-IP limits (nothing when rate limits are off). */
export function rateLimited(ctx: AppContext, limit: RouteLimit): Record<string, unknown> {
  if (!ctx.config.rateLimits) return {};
  return {
    rateLimit: {
      max: limit.max,
      timeWindow: limit.timeWindow,
      // request.ip is the socket address: X-Forwarded-For is not trusted (S4); IPv6 counts per /64
      keyGenerator: (request: FastifyRequest) => `${limit.group}:${ipLimitKey(request.ip)}`,
    },
  };
}

/**
 * The keys under which a request's password hashing shares the hash queue (password-hashing.ts): its client, by
 * IP or IPv6 /64. Loopback is the developer's own machine (and every test), so it is not held to a share.
 */
export function hashKeys(request: FastifyRequest): string[] {
  return isLoopback(request.ip) ? [] : [`ip:${ipLimitKey(request.ip)}`];
}
