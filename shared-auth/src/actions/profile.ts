/** The user's own record: read it fresh, change the name. */
import type { Result, User } from 'portal-contract';
import { clientFailure, fail, invalidAnswer, notSignedIn, ok } from '../client/failures';
import type { ActionContext } from './context';

const isUser = (value: unknown): value is User =>
  typeof value === 'object' && value !== null && typeof (value as { _id?: unknown })._id === 'string';

/** Reads the user from the server; a change (made in another app, tab or device) updates state and is announced. */
export async function refreshUser(ctx: ActionContext): Promise<Result<User>> {
  if (!ctx.session.state.session) return fail(notSignedIn());
  const result = await ctx.session.request((client) => client.auth.getUserFromDB());
  if (!result.ok) return result;
  const { user } = result.value;
  if (!isUser(user)) return fail(invalidAnswer('The server answered without the user.'));
  ctx.session.userReceived(user);
  return ok(user);
}

export async function updateName(ctx: ActionContext, name: string): Promise<Result<User>> {
  const current = ctx.session.state.user;
  if (!current || !ctx.session.state.session) return fail(notSignedIn());
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (!trimmed) return fail(clientFailure(400, 'validation_error', 'Enter a name.'));
  const userId = current._id;
  const result = await ctx.session.request((client) => client.db.model('users').object(userId).update({ name: trimmed }));
  if (!result.ok) return result;
  const { data } = result.value;
  if (!isUser(data)) return fail(invalidAnswer('The server answered without the updated user.'));
  ctx.session.userReceived(data);
  return ok(data);
}

export { isUser };
