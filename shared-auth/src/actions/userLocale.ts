/**
 * Keeps the signed-in user's `locale` (the language of their mails, on the user record) equal to the language the
 * portal shows: written after a sign-in and when this tab changes language, only when it differs. Best effort: a
 * server without the field, or a failed write, changes nothing on the page.
 */
import type { ActionContext } from './context';
import { isUser } from './profile';

export async function syncUserLocale(ctx: ActionContext, locale: string): Promise<void> {
  const user = ctx.session.state.user;
  if (!user || !ctx.session.state.session || user.locale === locale) return;
  const userId = user._id;
  const result = await ctx.session.request((client) => client.db.model('users').object(userId).update({ locale }));
  if (result.ok && isUser(result.value.data)) ctx.session.userReceived(result.value.data);
}
