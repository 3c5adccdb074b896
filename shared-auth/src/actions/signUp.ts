import type { Result, SignUpValue } from 'portal-contract';
import { fail, invalidAnswer, ok } from '../client/failures';
import type { ActionContext } from './context';

/** Creates an account. With email verification on, the server mails a confirmation link and opens no session. */
export function signUp(ctx: ActionContext, email: string, password: string, name: string): Promise<Result<SignUpValue>> {
  const trimmedName = name.trim();
  return ctx.queue.run(async () => {
    const result = await ctx.session.request((client) => client.auth.signUpWithEmail(email.trim(), password, trimmedName || undefined));
    if (!result.ok) return result;
    const { user, session } = result.value;
    if (!user) return fail(invalidAnswer('The server answered without the new account.'));
    if (session) ctx.session.started(user, session);
    // The confirmation mail's link signs in: this browser asked for it.
    else ctx.links.remember(user.email);
    return ok({ user, session: session ?? null });
  });
}
