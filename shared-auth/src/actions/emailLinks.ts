/**
 * The calls that make the server mail a link. The client pastes the address into the query string unencoded,
 * so `a+b@x.test` would arrive as `a b@x.test` (docs/pitfalls.md #16): encode it first.
 */
import type { Result } from 'portal-contract';
import { ok } from '../client/failures';
import type { AuthClient } from '../client/altogicClient';
import type { ActionContext } from './context';

type MailCall = 'sendMagicLinkEmail' | 'resendVerificationEmail' | 'sendResetPwdEmail';

/** `signsIn`: the mailed link opens a session, so this browser remembers asking for it (see linkRequests). */
async function mailLink(ctx: ActionContext, call: MailCall, email: string, signsIn: boolean): Promise<Result<null>> {
  const encoded = encodeURIComponent(email.trim());
  const result = await ctx.session.request((client: AuthClient) => client.auth[call](encoded));
  if (!result.ok) return result;
  if (signsIn) ctx.links.remember(email);
  return ok(null);
}

export const sendMagicLink = (ctx: ActionContext, email: string) => mailLink(ctx, 'sendMagicLinkEmail', email, true);
export const resendVerification = (ctx: ActionContext, email: string) => mailLink(ctx, 'resendVerificationEmail', email, true);
export const sendResetLink = (ctx: ActionContext, email: string) => mailLink(ctx, 'sendResetPwdEmail', email, false);
