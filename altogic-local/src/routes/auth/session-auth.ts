// Sessions: creation on sign-in/grant/sign-up, and authentication of the `Session` header (S6).
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { ApiError, ErrorCode } from '../../errors.ts';
import { hashToken, newBearerToken, newObjectId, newRevocationHandle } from '../../security/tokens.ts';
import { deleteSession, findSessionByTokenHash, insertSession, touchSession, type SessionRow } from '../../store/sessions.ts';
import { findUserById, type UserRow } from '../../store/users.ts';
import { toWireSession, type WireSession } from '../../wire.ts';
import { noteDevice, type SessionOrigin } from './sign-in-notices.ts';
import { parseUserAgent } from './user-agent.ts';

export interface Authenticated {
  session: SessionRow;
  user: UserRow;
  token: string;
}

/**
 * Last activity (and the address it came from) is written at most this often per session: the session check runs
 * on every authenticated call, and a write per call would cost more than the whole lookup.
 */
export const TOUCH_EVERY_MS = 60_000;

/** A new session for a sign-in or a step of signing up; notes its browser and OS (new-sign-in notices). */
export async function createSession(
  ctx: AppContext,
  user: { id: string; email: string; locale?: string | null },
  origin: SessionOrigin,
  request: FastifyRequest,
): Promise<WireSession> {
  const now = ctx.now();
  const token = newBearerToken();
  const agent = parseUserAgent(request.headers['user-agent']);
  const row: SessionRow = {
    id: newObjectId(),
    user_id: user.id,
    token_hash: hashToken(token),
    handle: newRevocationHandle(),
    created_at: now,
    last_used_at: now,
    user_agent: JSON.stringify(agent),
    ip: request.ip,
  };
  await insertSession(ctx.db, row, ctx.config.maxSessionsPerUser);
  await noteDevice(ctx, user, origin, request, agent);
  return toWireSession(row, token, true);
}

function isExpired(ctx: AppContext, session: SessionRow, now: number): boolean {
  return now - session.last_used_at > ctx.config.sessionIdleMs || now - session.created_at > ctx.config.sessionMaxAgeMs;
}

/** Sessions still valid now (idle and absolute lifetimes). */
export function isLive(ctx: AppContext, session: SessionRow): boolean {
  return !isExpired(ctx, session, ctx.now());
}

/**
 * The caller's session from the `Session` header only (never a cookie or query, SEC-D2): 401
 * `missing_session_token` without one, 401 `invalid_session_token` for an unknown, revoked or expired one.
 */
export async function requireSession(ctx: AppContext, request: FastifyRequest): Promise<Authenticated> {
  const header = request.headers['session'];
  const token = typeof header === 'string' ? header.trim() : '';
  if (!token) {
    throw new ApiError(401, ErrorCode.missingSessionToken, 'You need to sign in to do this.');
  }
  const invalid = () => new ApiError(401, ErrorCode.invalidSessionToken, 'Your session has ended. Please sign in again.');
  if (token.length > 200) throw invalid();
  const session = await findSessionByTokenHash(ctx.db, hashToken(token));
  if (!session) throw invalid();
  const now = ctx.now();
  if (isExpired(ctx, session, now)) {
    await deleteSession(ctx.db, session.id);
    throw invalid();
  }
  const user = await findUserById(ctx.db, session.user_id);
  if (!user) throw invalid();
  if (now - session.last_used_at > TOUCH_EVERY_MS) {
    await touchSession(ctx.db, session.id, now, request.ip);
    session.last_used_at = now;
    session.ip = request.ip;
  }
  return { session, user, token };
}
