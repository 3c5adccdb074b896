import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { ApiError, ErrorCode } from '../../errors.ts';
import { hashToken } from '../../security/tokens.ts';
import { sessionBeforeBody, sessionOf } from '../session-first.ts';
import { deleteSession, deleteUserSessionBy, deleteUserSessions, listUserSessions } from '../../store/sessions.ts';
import { toWireSession, toWireUser } from '../../wire.ts';
import { str } from '../schemas.ts';
import { isLive, requireSession } from './session-auth.ts';

const signOutSchema = {
  body: {
    type: 'object',
    additionalProperties: false,
    properties: { token: { anyOf: [str(200), { type: 'null' }] } },
  },
} as const;

export function sessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  // POSTs may carry a body: the session is checked before it is read
  const onRequest = sessionBeforeBody(ctx);
  app.post('/auth/signout', { schema: signOutSchema, onRequest }, async (request) => {
    const auth = await sessionOf(ctx, request);
    const target = (request.body as { token?: string | null } | undefined)?.token;
    if (!target || target === auth.token) {
      await deleteSession(ctx.db, auth.session.id);
      ctx.securityEvent('signout', { user: auth.user.id, ip: request.ip });
      return {};
    }
    // another of the caller's sessions, by bearer token or by revocation handle (S6b); never another user's (SEC-D6)
    const by = target.startsWith('rh_') ? { handle: target } : { tokenHash: hashToken(target) };
    const removed = await deleteUserSessionBy(ctx.db, auth.user.id, by);
    if (removed === 0) throw new ApiError(404, ErrorCode.sessionNotFound, 'This session does not exist or has already ended.');
    ctx.securityEvent('session_revoked', { user: auth.user.id, ip: request.ip });
    return {};
  });

  app.post('/auth/signout-all', { onRequest }, async (request) => {
    const auth = await sessionOf(ctx, request);
    await deleteUserSessions(ctx.db, auth.user.id);
    ctx.securityEvent('signout_all', { user: auth.user.id, ip: request.ip });
    return {};
  });

  app.post('/auth/signout-all-except', { onRequest }, async (request) => {
    const auth = await sessionOf(ctx, request);
    await deleteUserSessions(ctx.db, auth.user.id, auth.session.id);
    ctx.securityEvent('signout_others', { user: auth.user.id, ip: request.ip });
    return {};
  });

  app.get('/auth/sessions', async (request) => {
    const auth = await requireSession(ctx, request);
    const rows = await listUserSessions(ctx.db, auth.user.id);
    return rows
      .filter((row) => row.id === auth.session.id || isLive(ctx, row))
      .map((row) => (row.id === auth.session.id ? toWireSession(row, auth.token, true) : toWireSession(row, row.handle, false)));
  });

  app.get('/auth/user', async (request) => {
    const auth = await requireSession(ctx, request);
    return toWireUser(auth.user);
  });
}
