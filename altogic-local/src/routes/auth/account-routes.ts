// Password and email changes of a signed-in user (S7, S8), with their notice mails.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { emailLinkUrl } from '../../context.ts';
import { ApiError, ErrorCode, validation } from '../../errors.ts';
import { mailLocale } from '../../mail/locale.ts';
import { mails } from '../../mail/templates.ts';
import { normalizeEmail } from '../../security/input.ts';
import { assertAcceptablePassword } from '../../security/password-policy.ts';
import { isUniqueViolation } from '../../store/database.ts';
import { retireUserTokens } from '../../store/email-tokens.ts';
import { deleteUserSessions } from '../../store/sessions.ts';
import { findUserByEmail, hasPassword, updateUser, type UserRow } from '../../store/users.ts';
import { toWireUser } from '../../wire.ts';
import { ROUTE_LIMITS } from '../../security/rate-limits.ts';
import { hashKeys, rateLimited } from '../limits.ts';
import { str } from '../schemas.ts';
import { sessionBeforeBody, sessionOf } from '../session-first.ts';
import { issueLinkToken } from './email-tokens.ts';
import { emailTaken } from './sign-up-in.ts';

/** Checks the current password of a signed-in user; failures count towards the account throttle (SEC-B4). */
async function assertCurrentPassword(ctx: AppContext, user: UserRow, password: string, request: FastifyRequest): Promise<boolean> {
  const attempt = await ctx.throttles.claimAccountAttempt(user.email, request.ip);
  const { ok } = await ctx.hasher.verify(password, user.password_hash, hashKeys(request));
  if (!ok) {
    ctx.securityEvent('password_check_failed', { user: user.id, ip: request.ip, failures: attempt });
    // never a session code: the caller's session is still fine (docs/wire-contract.md §1.8)
    throw new ApiError(401, ErrorCode.invalidPassword, 'Your current password is incorrect.', { details: { field: 'currentPassword' } });
  }
  await ctx.throttles.clearAccountFailures(user.email);
  return true;
}

export function accountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const onRequest = sessionBeforeBody(ctx);
  app.post(
    '/auth/change-pwd',
    {
      schema: {
        body: {
          type: 'object',
          required: ['newPassword', 'oldPassword'],
          additionalProperties: false,
          properties: { newPassword: str(1024), oldPassword: str(1024) },
        },
      },
      onRequest,
    },
    async (request) => {
      const auth = await sessionOf(ctx, request);
      const { newPassword, oldPassword } = request.body as { newPassword: string; oldPassword: string };
      assertAcceptablePassword(newPassword, 'newPassword');
      // an account without a password sets its first one: the session is the proof, there is nothing to ask for
      if (hasPassword(auth.user)) {
        await assertCurrentPassword(ctx, auth.user, oldPassword, request);
        // after the check, so that it tells nothing about a wrong current password; nothing changes, nobody is mailed
        if (newPassword === oldPassword) {
          throw validation('The new password is the same as the current one. Choose a different password.', {
            field: 'newPassword',
            reason: 'same_as_current',
          });
        }
      }
      const passwordHash = await ctx.hasher.hash(newPassword, hashKeys(request));
      await ctx.db.transaction().execute(async (trx) => {
        await updateUser(trx, auth.user.id, { password_hash: passwordHash, updated_at: ctx.now() });
        // the calling session stays valid, the others end (S7)
        await deleteUserSessions(trx, auth.user.id, auth.session.id);
        await retireUserTokens(trx, auth.user.id, ctx.now());
      });
      ctx.securityEvent(hasPassword(auth.user) ? 'password_changed' : 'password_set', { user: auth.user.id, ip: request.ip });
      if (ctx.config.securityNotices)
        await ctx.mailer.send(mails.passwordChanged(auth.user.email, 'changed', ctx.now(), mailLocale(auth.user, request)));
      return {};
    },
  );

  app.post(
    '/auth/change-email',
    {
      schema: {
        body: {
          type: 'object',
          required: ['currentPassword', 'newEmail'],
          additionalProperties: false,
          properties: { currentPassword: str(1024), newEmail: str(400) },
        },
      },
      // it mails any address and tells whether one is taken: the mail group's per-IP limit, like send-magic
      config: rateLimited(ctx, ROUTE_LIMITS.mail),
      onRequest,
    },
    async (request) => {
      const auth = await sessionOf(ctx, request);
      const body = request.body as { currentPassword: string; newEmail: string };
      const newEmail = normalizeEmail(body.newEmail, 'newEmail');
      await assertCurrentPassword(ctx, auth.user, body.currentPassword, request);
      if (newEmail === auth.user.email) throw validation('This is already your email address.', { field: 'newEmail' });
      if (await findUserByEmail(ctx.db, newEmail)) throw emailTaken();
      const oldEmail = auth.user.email;
      if (ctx.config.emailVerification) {
        // the new address is anyone's: its confirmation goes through the mail throttles (one a minute per recipient)
        await ctx.throttles.assertMayMail(newEmail, request.ip);
        // the address changes only when the link mailed to the new address is followed (S8)
        const token = await issueLinkToken(ctx, auth.user.id, 'change-email', newEmail);
        await ctx.mailer.send(mails.confirmNewEmail(newEmail, emailLinkUrl(ctx, 'change-email', token), mailLocale(auth.user, request)));
        await ctx.throttles.mailSent();
        // the old address is told once the change is confirmed (email-links.ts)
        ctx.securityEvent('email_change_requested', { user: auth.user.id, ip: request.ip });
        return toWireUser(auth.user);
      }
      let updated: UserRow | undefined;
      try {
        updated = await updateUser(ctx.db, auth.user.id, { email: newEmail, email_verified: 0, updated_at: ctx.now() });
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTaken();
        throw error;
      }
      await retireUserTokens(ctx.db, auth.user.id, ctx.now());
      if (ctx.config.securityNotices)
        await ctx.mailer.send(mails.emailChanged(oldEmail, newEmail, ctx.now(), mailLocale(auth.user, request)));
      ctx.securityEvent('email_changed', { user: auth.user.id, ip: request.ip });
      return toWireUser(updated ?? auth.user);
    },
  );
}
