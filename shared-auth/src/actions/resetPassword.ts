import type { Result } from 'portal-contract';
import { clientFailure, fail, ok } from '../client/failures';
import type { ActionContext } from './context';

/** Sets a new password with the `access_token` of a reset-pwd link. It opens no session: the user signs in next. */
export async function resetPassword(ctx: ActionContext, accessToken: string, newPassword: string): Promise<Result<null>> {
  const token = typeof accessToken === 'string' ? accessToken.trim() : '';
  if (!token) return fail(clientFailure(400, 'invalid_access_token', 'The link has no access token.'));
  // The client pastes the key into the query unencoded (docs/wire-contract.md §1.5).
  const result = await ctx.session.request((client) => client.auth.resetPwdWithToken(encodeURIComponent(token), newPassword));
  return result.ok ? ok(null) : result;
}
