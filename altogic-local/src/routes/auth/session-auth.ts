// Sessions: creation on sign-in/grant/sign-up, and authentication of the `Session` header (S6).
import type { FastifyRequest } from 'fastify';
import type { Updateable } from 'kysely';
import type { AppContext } from '../../context.ts';
import { ApiError, ErrorCode } from '../../errors.ts';
import { hashToken, newBearerToken, newObjectId, newRevocationHandle } from '../../security/tokens.ts';
import { findSessionWithUser, type SessionWithUser } from '../../store/session-lookup.ts';
import { deleteSession, insertSession, touchSession, type SessionRow } from '../../store/sessions.ts';
import type { UsersTable } from '../../store/database.ts';
import type { UserRow } from '../../store/users.ts';
import { toWireSession, type WireSession, type WireUserAgent } from '../../wire.ts';
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

/** A new session's row and bearer token (only its hash is stored), with the parsed browser and OS. */
function newSession(ctx: AppContext, userId: string, request: FastifyRequest): { row: SessionRow; token: string; agent: WireUserAgent } {
  const now = ctx.now();
  const token = newBearerToken();
  const agent = parseUserAgent(request.headers['user-agent']);
  const row: SessionRow = {
    id: newObjectId(),
    user_id: userId,
    token_hash: hashToken(token),
    handle: newRevocationHandle(),
    created_at: now,
    last_used_at: now,
    user_agent: JSON.stringify(agent),
    ip: request.ip,
  };
  return { row, token, agent };
}

/** A new session for a sign-in or a step of signing up; notes its browser and OS (new-sign-in notices). */
export async function createSession(
  ctx: AppContext,
  user: { id: string; email: string; locale?: string | null },
  origin: SessionOrigin,
  request: FastifyRequest,
): Promise<WireSession> {
  const { row, token, agent } = newSession(ctx, user.id, request);
  await insertSession(ctx.db, row, ctx.config.maxSessionsPerUser);
  await noteDevice(ctx, user, origin, request, agent);
  return toWireSession(row, token, true);
}

/**
 * The session of a password sign-in, opened only if the account's password is still the one that was checked, in one
 * transaction with `patch` (last login, a rehash) conditional on it. Checking takes a quarter of a second: a reset
 * or change landing meanwhile ends every session, and the old password must not open one after it, nor its rehash
 * overwrite the new password (S7). Null when the password changed meanwhile.
 */
export async function createPasswordSession(
  ctx: AppContext,
  user: UserRow,
  checkedHash: string,
  patch: Updateable<UsersTable>,
  request: FastifyRequest,
): Promise<{ user: UserRow; session: WireSession } | null> {
  const { row, token, agent } = newSession(ctx, user.id, request);
  const updated = await ctx.db.transaction().execute(async (trx) => {
    // one conditional update: on PostgreSQL it waits for a concurrent change of the row and then sees its hash
    const current = await trx
      .updateTable('users')
      .set(patch)
      .where('id', '=', user.id)
      .where('password_hash', '=', checkedHash)
      .returningAll()
      .executeTakeFirst();
    if (current) await insertSession(trx, row, ctx.config.maxSessionsPerUser);
    return current;
  });
  if (!updated) return null;
  await noteDevice(ctx, updated, 'sign-in', request, agent);
  return { user: updated, session: toWireSession(row, token, true) };
}

function isExpired(ctx: AppContext, session: SessionRow, now: number): boolean {
  return now - session.last_used_at > ctx.config.sessionIdleMs || now - session.created_at > ctx.config.sessionMaxAgeMs;
}

/** Sessions still valid now (idle and absolute lifetimes). */
export function isLive(ctx: AppContext, session: SessionRow): boolean {
  return !isExpired(ctx, session, ctx.now());
}

const invalidSession = () => new ApiError(401, ErrorCode.invalidSessionToken, 'Your session has ended. Please log in again.');

/**
 * The caller's session from the `Session` header only (never a cookie or query, SEC-D2): 401
 * `missing_session_token` without one, 401 `invalid_session_token` for an unknown, revoked or expired one.
 * Looked up on every call, never cached (a revoked session fails on the next one). Synchronous when the lookup
 * is (the embedded database) and nothing is written: the check of every authenticated call, where a chain of
 * promises cost more than the lookup (issue 15). A thrown ApiError reaches the error handler either way.
 */
export function authenticate(ctx: AppContext, request: FastifyRequest): Authenticated | Promise<Authenticated> {
  const header = request.headers['session'];
  const token = typeof header === 'string' ? header.trim() : '';
  if (!token) {
    throw new ApiError(401, ErrorCode.missingSessionToken, 'You need to log in to do this.');
  }
  if (token.length > 200) throw invalidSession();
  const found = findSessionWithUser(ctx.db, hashToken(token));
  return found instanceof Promise ? found.then((f) => admit(ctx, f, token, request.ip)) : admit(ctx, found, token, request.ip);
}

/** The session found for a token, if it is still live; its last use (and address) written at most once a minute. */
function admit(ctx: AppContext, found: SessionWithUser | undefined, token: string, ip: string): Authenticated | Promise<Authenticated> {
  if (!found) throw invalidSession();
  const { session, user } = found;
  const now = ctx.now();
  if (isExpired(ctx, session, now)) {
    return deleteSession(ctx.db, session.id).then(() => {
      throw invalidSession();
    });
  }
  if (now - session.last_used_at > TOUCH_EVERY_MS) {
    return touchSession(ctx.db, session.id, now, ip).then(() => {
      session.last_used_at = now;
      session.ip = ip;
      return { session, user, token };
    });
  }
  return { session, user, token };
}

/** `authenticate` as a promise, for handlers that await it anyway. */
export async function requireSession(ctx: AppContext, request: FastifyRequest): Promise<Authenticated> {
  return authenticate(ctx, request);
}
