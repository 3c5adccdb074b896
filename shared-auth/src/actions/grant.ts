import type { LinkGrant, Result, Session, User } from 'portal-contract';
import { clientFailure, fail, invalidAnswer, ok } from '../client/failures';
import type { ActionContext } from './context';
import { plain } from '../session/authSession';

export interface LinkGrants {
  /** Exchanges an emailed access_token; signs in only a link this browser asked for, else asks (settle). */
  follow(accessToken: string): Promise<Result<LinkGrant>>;
  /** The user's answer to a `confirm`: accept signs in the link's account, decline keeps what was there. */
  settle(accessToken: string, accept: boolean): Promise<Result<User | null>>;
  /** The contract's older `grant`: a link that needs confirming fails (`confirmation_required`), nothing changes. */
  grant(accessToken: string): Promise<Result<User>>;
}

const confirmationRequired = () =>
  clientFailure(409, 'confirmation_required', 'This link logs in to another account than expected: confirm it on the login page.');
const noPendingLink = () => clientFailure(400, 'invalid_access_token', 'This link is no longer waiting for an answer.');
const answeredLink = () => clientFailure(400, 'invalid_access_token', 'This link has already been used.');

/**
 * Email links (email-confirm, magic-link) become sessions here. Tokens are single-use and a redirect page may mount
 * twice: a second call with the same token gets the first call's promise (docs/pitfalls.md #17). A link this browser
 * did not ask for (ctx.links), or one for another account than the signed-in one, is held until the user
 * confirms it (login CSRF): the client's storage and header go back to what they were meanwhile.
 */
export function createLinkGrants(ctx: ActionContext): LinkGrants {
  const calls = new Map<string, Promise<Result<LinkGrant>>>();
  const held = new Map<string, { user: User; session: Session }>();
  const legacy = new WeakMap<Promise<Result<LinkGrant>>, Promise<Result<User>>>();

  /** The client stored the link's session when it answered: put back the one this tab had (or none). */
  function restorePrevious(): void {
    const client = ctx.session.client();
    const { user, session } = ctx.session.state;
    if (client && user && session) {
      client.auth.setSession(plain(session));
      client.auth.setUser(plain(user));
    } else ctx.session.ended('user');
  }

  function exchange(token: string): Promise<Result<LinkGrant>> {
    return ctx.queue.run(async (): Promise<Result<LinkGrant>> => {
      // The client pastes the key into the query unencoded (docs/wire-contract.md §1.5).
      const result = await ctx.session.request((client) => client.auth.getAuthGrant(encodeURIComponent(token)));
      if (!result.ok) return result;
      const { user, session } = result.value;
      if (!user || !session) return fail(invalidAnswer('The server answered without a session.'));
      const current = ctx.session.state.user;
      const asked = ctx.links.expected(user.email);
      if (asked && (!current || current._id === user._id)) {
        ctx.links.forget(user.email);
        ctx.session.started(user, session);
        return ok({ status: 'signed-in', user });
      }
      restorePrevious();
      held.set(token, { user, session });
      return ok({ status: 'confirm', user, current });
    });
  }

  const follow = (accessToken: string): Promise<Result<LinkGrant>> => {
    const token = typeof accessToken === 'string' ? accessToken.trim() : '';
    // An empty key would make the client read `access_token` from the address bar itself: refuse it here instead.
    if (!token) return Promise.resolve(fail(clientFailure(400, 'invalid_access_token', 'The link has no access token.')));
    const earlier = calls.get(token);
    if (earlier) return earlier;
    const call = exchange(token);
    calls.set(token, call);
    return call;
  };

  return {
    follow,
    settle(accessToken, accept) {
      const token = accessToken.trim();
      return ctx.queue.run(async (): Promise<Result<User | null>> => {
        const pending = held.get(token);
        if (!pending) return fail(noPendingLink());
        held.delete(token);
        // Answered once: following it again (a remount, the Back button) must not ask again.
        calls.set(token, Promise.resolve(fail(answeredLink())));
        // The grant opened the link's session before the user was asked: declined, it ends on the server too.
        if (!accept) return ctx.session.endElsewhere(pending.session).then(() => ok(null));
        const previous = ctx.session.state.session && plain(ctx.session.state.session);
        const client = ctx.session.client();
        client?.auth.setSession(pending.session);
        client?.auth.setUser(pending.user);
        ctx.links.forget(pending.user.email);
        ctx.session.started(pending.user, pending.session);
        // Switching accounts is a logout of the first one, on the server as well (docs/security.md FE-3); after the
        // switch, so that a call still in flight with the old session cannot end the new one (authSession).
        if (previous && previous.token !== pending.session.token) await ctx.session.endElsewhere(previous);
        return ok(pending.user);
      });
    },
    grant(accessToken) {
      const followed = follow(accessToken);
      // One promise per link, as for follow: a second mount gets the first call's answer.
      const earlier = legacy.get(followed);
      if (earlier) return earlier;
      const call = followed.then((result): Result<User> => {
        if (!result.ok) return result;
        return result.value.status === 'signed-in' ? ok(result.value.user) : fail(confirmationRequired());
      });
      legacy.set(followed, call);
      return call;
    },
  };
}
