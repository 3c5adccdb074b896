import type { Result, User } from '../contract';
import { clientFailure, fail, invalidAnswer, ok } from '../client/failures';
import type { ActionContext } from './context';

/**
 * Exchanges the `access_token` of an email link (email-confirm, magic-link) for a session. Tokens are single-use,
 * and a redirect page may mount twice: a second call with the same token gets the first call's promise
 * (FIELD-NOTES 17).
 */
export function createGrant(ctx: ActionContext): (accessToken: string) => Promise<Result<User>> {
  const calls = new Map<string, Promise<Result<User>>>();

  return (accessToken) => {
    const token = typeof accessToken === 'string' ? accessToken.trim() : '';
    // An empty key would make the client read `access_token` from the address bar itself: refuse it here instead.
    if (!token) return Promise.resolve(fail(clientFailure(400, 'invalid_access_token', 'The link has no access token.')));
    const earlier = calls.get(token);
    if (earlier) return earlier;
    const call = ctx.queue.run(async (): Promise<Result<User>> => {
      // The client pastes the key into the query unencoded (wire contract §1.5).
      const result = await ctx.session.request((client) => client.auth.getAuthGrant(encodeURIComponent(token)));
      if (!result.ok) return result;
      const { user, session } = result.value;
      if (!user || !session) return fail(invalidAnswer('The server answered without a session.'));
      ctx.session.started(user, session);
      return ok(user);
    });
    calls.set(token, call);
    return call;
  };
}
