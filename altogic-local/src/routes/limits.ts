import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import type { RouteLimit } from '../security/rate-limits.ts';

/** Route `config` that applies one of the per-IP limits (nothing when rate limits are off). */
export function rateLimited(ctx: AppContext, limit: RouteLimit): Record<string, unknown> {
  if (!ctx.config.rateLimits) return {};
  return {
    rateLimit: {
      max: limit.max,
      timeWindow: limit.timeWindow,
      // request.ip is the socket address: X-Forwarded-For is not trusted (S4)
      keyGenerator: (request: FastifyRequest) => `${limit.group}:${request.ip}`,
    },
  };
}
