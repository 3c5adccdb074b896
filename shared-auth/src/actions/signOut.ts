import type { Result } from 'portal-contract';
import { clientFailure, fail, notSignedIn, ok, sessionCodeOf } from '../client/failures';
import type { ActionContext } from './context';

/**
 * Ends this tab's session (reason 'user') here and in every tab. The local session always ends; the result says
 * whether the server confirmed it. (The client reports a network failure of sign-out as success: docs/wire-contract.md §4.3.)
 */
export function signOut(ctx: ActionContext): Promise<Result<null>> {
  return ctx.queue.run(async () => {
    if (!ctx.session.state.session) {
      ctx.session.ended('user');
      return ok(null);
    }
    const result = await ctx.session.request((client) => client.auth.signOut(), { sessionErrors: 'report' });
    ctx.session.ended('user');
    // An already invalid session is signed out as well as it can be.
    if (!result.ok && !sessionCodeOf(result.error)) return result;
    return ok(null);
  });
}

/** Ends another session of the user, by the handle `listSessions` gave. The current session's own token signs this tab out. */
export async function revokeSession(ctx: ActionContext, token: string): Promise<Result<null>> {
  // An empty token would make the client sign out the caller's own session.
  if (typeof token !== 'string' || !token) return fail(clientFailure(400, 'validation_error', 'No session was given.'));
  if (!ctx.session.state.session) return fail(notSignedIn());
  if (token === ctx.session.state.session.token) return signOut(ctx);
  const result = await ctx.session.request((client) => client.auth.signOut(token));
  return result.ok ? ok(null) : result;
}

/** Ends every other session of the user; this one stays. */
export async function signOutOthers(ctx: ActionContext): Promise<Result<null>> {
  if (!ctx.session.state.session) return fail(notSignedIn());
  const result = await ctx.session.request((client) => client.auth.signOutAllExceptCurrent());
  return result.ok ? ok(null) : result;
}
