// CORS (S16): the configured origins only, echoed exactly, with credentials; preflights answered when they arrive.
import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface CorsPolicy {
  /** the origins granted, compared exactly (`--allowed-origins`) */
  allowedOrigins: readonly string[];
  /** the request headers the apps send (every call is preflighted for them) */
  allowedHeaders: readonly string[];
  /** true for requests no page may read cross-origin, whatever its origin (the outbox, SEC-G7) */
  closed(request: FastifyRequest): boolean;
}

const ALLOWED_METHODS = 'GET, POST, PUT, DELETE, OPTIONS';
const MAX_AGE_SECONDS = '600';

/**
 * An `onRequest` hook before every other: `Vary: Origin` on every answer; for an allowed origin on an open path
 * the origin echoed with `Access-Control-Allow-Credentials: true`, and a preflight answered 204 at once (before
 * the client key check: a preflight carries no custom headers). Any other `OPTIONS` is the not-found answer
 * (404, or 405 with `Allow` for a known path). Work per request is a header and a set lookup, only when there is
 * an `Origin` (issue 15: the CORS plugin rebuilt its options object per request).
 */
export function corsHook(app: FastifyInstance, policy: CorsPolicy): void {
  const allowed = new Set(policy.allowedOrigins);
  const allowedHeaders = policy.allowedHeaders.join(', ');
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('vary', 'Origin');
    const origin = request.headers.origin;
    if (origin === undefined || !allowed.has(origin) || policy.closed(request)) return done();
    reply.header('access-control-allow-origin', origin);
    reply.header('access-control-allow-credentials', 'true');
    if (request.method !== 'OPTIONS') return done();
    reply
      .header('access-control-allow-methods', ALLOWED_METHODS)
      .header('access-control-allow-headers', allowedHeaders)
      .header('access-control-max-age', MAX_AGE_SECONDS)
      .code(204)
      .header('content-length', '0')
      .send();
  });
  // a preflight that got no grant above: routed here for every path, answered as not found
  app.options('*', (_request, reply) => {
    reply.callNotFound();
  });
}
