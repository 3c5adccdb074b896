import type { Result, SessionEntry } from 'portal-contract';
import { fail, invalidAnswer, notSignedIn, ok } from '../client/failures';
import type { ActionContext } from './context';

/**
 * The user's active sessions, this one marked `current`. The server gives the current session its real token and
 * the others a revocation handle, so comparing with the held token is safe; tokens are never logged or shown.
 */
export async function listSessions(ctx: ActionContext): Promise<Result<SessionEntry[]>> {
  const held = ctx.session.state.session;
  if (!held) return fail(notSignedIn());
  const heldToken = held.token;
  const result = await ctx.session.request((client) => client.auth.getAllSessions());
  if (!result.ok) return result;
  const { sessions } = result.value;
  if (!Array.isArray(sessions)) return fail(invalidAnswer('The server answered without a list of sessions.'));
  return ok(sessions.map((session) => ({ ...session, current: session.token === heldToken })));
}
