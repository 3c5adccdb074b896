/** Password and email changes of the signed-in user. Mind the client's argument orders (docs/wire-contract.md §4.8, §4.14). */
import type { Result } from 'portal-contract';
import { fail, notSignedIn, ok } from '../client/failures';
import type { ActionContext } from './context';
import { isUser } from './profile';

/** Keeps this session; the server ends the user's other sessions. */
export async function changePassword(ctx: ActionContext, currentPassword: string, newPassword: string): Promise<Result<null>> {
  if (!ctx.session.state.session) return fail(notSignedIn());
  const result = await ctx.session.request((client) => client.auth.changePassword(newPassword, currentPassword));
  return result.ok ? ok(null) : result;
}

/**
 * With email verification on, the address changes only when the link mailed to the new address is followed
 * (the answer is the unchanged user); with it off, at once (the answer is the updated user, taken into state).
 */
export async function changeEmail(ctx: ActionContext, currentPassword: string, newEmail: string): Promise<Result<null>> {
  if (!ctx.session.state.session) return fail(notSignedIn());
  const result = await ctx.session.request((client) => client.auth.changeEmail(currentPassword, newEmail.trim()));
  if (!result.ok) return result;
  if (isUser(result.value.user)) ctx.session.userReceived(result.value.user);
  return ok(null);
}
