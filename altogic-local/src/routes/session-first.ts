// The session is checked when the request arrives, before its body is read or parsed: an anonymous caller cannot
// make the server read and parse megabytes (S12).
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { AppContext } from '../context.ts';
import { requireSession, type Authenticated } from './auth/session-auth.ts';

const checked = new WeakMap<FastifyRequest, Authenticated>();

/** An `onRequest` hook for routes that need a session: 401 before the body, the result kept for `sessionOf`. */
export function sessionBeforeBody(ctx: AppContext): onRequestAsyncHookHandler {
  return async (request) => {
    checked.set(request, await requireSession(ctx, request));
  };
}

/** The caller's session, as checked by `sessionBeforeBody` (or checked now). */
export function sessionOf(ctx: AppContext, request: FastifyRequest): Promise<Authenticated> {
  const auth = checked.get(request);
  return auth ? Promise.resolve(auth) : requireSession(ctx, request);
}
