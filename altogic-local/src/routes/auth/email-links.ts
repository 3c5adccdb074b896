// Following a mailed link: check the token and redirect to the configured redirect URL (docs/wire-contract.md §5).
// Opening a link never spends a sign-in or reset token (mail scanners pre-open links, SEC-C3): grant and
// reset-pwd spend them. Only change-email is applied here, because the app has nothing to call afterwards.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { appRedirectUrl } from '../../context.ts';
import { mails } from '../../mail/templates.ts';
import { ROUTE_LIMITS } from '../../security/rate-limits.ts';
import { hashToken } from '../../security/tokens.ts';
import { isUniqueViolation, type TokenPurpose } from '../../store/database.ts';
import { consumeEmailToken, findEmailToken, retireUserTokens } from '../../store/email-tokens.ts';
import { findUserById, updateUser } from '../../store/users.ts';
import { rateLimited } from '../limits.ts';
import { str } from '../schemas.ts';
import { isSignUpDevice } from './sign-up-device.ts';

const PURPOSES: TokenPurpose[] = ['email-confirm', 'magic-link', 'reset-pwd', 'change-email'];

// A fixed vocabulary: nothing from the request is reflected into Location (SEC-C8).
const MESSAGES = {
  invalid: 'This link is invalid or has expired. Please request a new one.',
  used: 'This link has already been used. Please request a new one.',
  emailTaken: 'This email address is already used by another account.',
  server: 'Something went wrong on our side. Please try again.',
};

export function emailLinkRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/_links/:purpose',
    {
      schema: {
        params: { type: 'object', properties: { purpose: str(40) } },
        querystring: { type: 'object', properties: { token: str(400) } },
      },
      config: rateLimited(ctx, ROUTE_LIMITS.token),
    },
    async (request, reply) => {
      const { purpose } = request.params as { purpose: string };
      const token = (request.query as { token?: string }).token ?? '';
      const action = PURPOSES.includes(purpose as TokenPurpose) ? (purpose as TokenPurpose) : null;
      reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
      const fail = (status: number, message: string) =>
        reply.redirect(appRedirectUrl(ctx, { action: action ?? 'unknown', status: String(status), error: message }), 302);
      if (!action || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return fail(400, MESSAGES.invalid);

      const tokenHash = hashToken(token);
      const now = ctx.now();
      const row = await findEmailToken(ctx.db, tokenHash);
      if (!row || row.purpose !== action) return fail(400, MESSAGES.invalid);

      if (action === 'change-email') {
        const consumed = await consumeEmailToken(ctx.db, tokenHash, ['change-email'], now);
        if (!consumed) {
          // a second visit of an applied link (a scanner went first) still reports success
          const user = await findUserById(ctx.db, row.user_id);
          if (row.used_at !== null && user?.email === row.email) return reply.redirect(appRedirectUrl(ctx, { action, status: '200' }), 302);
          return fail(400, row.used_at !== null ? MESSAGES.used : MESSAGES.invalid);
        }
        const before = await findUserById(ctx.db, consumed.user_id);
        if (!before) return fail(400, MESSAGES.invalid);
        try {
          const updated = await updateUser(ctx.db, consumed.user_id, { email: consumed.email, email_verified: 1, updated_at: now });
          if (!updated) return fail(400, MESSAGES.invalid);
        } catch (error) {
          if (isUniqueViolation(error)) return fail(409, MESSAGES.emailTaken);
          throw error;
        }
        await retireUserTokens(ctx.db, consumed.user_id, now, ['email-confirm', 'magic-link', 'reset-pwd']);
        ctx.securityEvent('email_changed', { user: consumed.user_id, ip: request.ip });
        // the old address is told, once, now that the change is applied (S8)
        if (ctx.config.securityNotices && before.email !== consumed.email) {
          await ctx.mailer.send(mails.emailChanged(before.email, consumed.email, now));
        }
        return reply.redirect(appRedirectUrl(ctx, { action, status: '200' }), 302);
      }

      if (row.used_at !== null) return fail(400, MESSAGES.used);
      if (row.expires_at <= now) return fail(400, MESSAGES.invalid);
      const user = await findUserById(ctx.db, row.user_id);
      if (!user || user.email !== row.email) return fail(400, MESSAGES.invalid);
      // Opening the confirmation link on the device that signed up confirms the address (idempotent). Anywhere else
      // (another browser, a mail scanner) it changes nothing: the grant decides, and drops the sign-up password
      // (pre-account takeover, email-tokens.ts).
      if (action === 'email-confirm' && !user.email_verified && isSignUpDevice(user, request)) {
        await updateUser(ctx.db, user.id, { email_verified: 1, updated_at: now });
      }
      return reply.redirect(appRedirectUrl(ctx, { action, status: '200' }, token), 302);
    },
  );
}
