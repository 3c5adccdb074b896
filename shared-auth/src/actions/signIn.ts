import type { Result, User } from 'portal-contract';
import { fail, invalidAnswer, ok } from '../client/failures';
import type { ActionContext } from './context';

export function signIn(ctx: ActionContext, email: string, password: string): Promise<Result<User>> {
  return ctx.queue.run(async () => {
    const result = await ctx.session.request((client) => client.auth.signInWithEmail(email.trim(), password));
    if (!result.ok) return result;
    const { user, session } = result.value;
    if (!user || !session) return fail(invalidAnswer('The server answered without a session.'));
    ctx.session.started(user, session);
    return ok(user);
  });
}
