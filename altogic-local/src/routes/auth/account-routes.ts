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
import { deleteUserSessions, findSessionByTokenHash } from '../../store/sessions.ts';
import { findUserByEmail, hasPassword, type UserRow } from '../../store/users.ts';
import { toWireUser } from '../../wire.ts';
import { ROUTE_LIMITS } from '../../security/rate-limits.ts';
import { hashKeys, rateLimited } from '../limits.ts';
import { str } from '../schemas.ts';
import { sessionBeforeBody, sessionOf } from '../session-first.ts';
import type { Authenticated } from './session-auth.ts';
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

/**
 * The password checked for a change was replaced while it was being checked (a reset landed, which also ended the
 * other sessions): nothing is changed or mailed (S7). The session's end is reported as such, else the password.
 */
async function passwordChangedMeanwhile(ctx: AppContext, auth: Authenticated, request: FastifyRequest): Promise<ApiError> {
  ctx.securityEvent('account_change_refused', { user: auth.user.id, ip: request.ip, reason: 'password_changed' });
  if (!(await findSessionByTokenHash(ctx.db, auth.session.token_hash))) {
    return new ApiError(401, ErrorCode.invalidSessionToken, 'Your session has ended. Please log in again.');
  }
  return new ApiError(401, ErrorCode.invalidPassword, 'Your current password is incorrect.', { details: { field: 'currentPassword' } });
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
      const changed = await ctx.db.transaction().execute(async (trx) => {
        // only over the password that was checked: a reset landing during the check (which ended this session) must
        // not be overwritten by a password chosen with the old one (S7)
        const updated = await trx
          .updateTable('users')
          .set({ password_hash: passwordHash, updated_at: ctx.now() })
          .where('id', '=', auth.user.id)
          .where('password_hash', '=', auth.user.password_hash)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) return false;
        // the calling session stays valid, the others end (S7)
        await deleteUserSessions(trx, auth.user.id, auth.session.id);
        await retireUserTokens(trx, auth.user.id, ctx.now());
        return true;
      });
      if (!changed) throw await passwordChangedMeanwhile(ctx, auth, request);
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
        // only while the password checked is still the account's: a reset landing meanwhile must not be undone (S7)
        const token = await issueLinkToken(ctx, auth.user.id, 'change-email', newEmail, auth.user.password_hash);
        if (token === null) throw await passwordChangedMeanwhile(ctx, auth, request);
        await ctx.mailer.send(mails.confirmNewEmail(newEmail, emailLinkUrl(ctx, 'change-email', token), mailLocale(auth.user, request)));
        await ctx.throttles.mailSent();
        // the old address is told once the change is confirmed (email-links.ts)
        ctx.securityEvent('email_change_requested', { user: auth.user.id, ip: request.ip });
        return toWireUser(auth.user);
      }
      let updated: UserRow | undefined;
      try {
        updated = await ctx.db
          .updateTable('users')
          .set({ email: newEmail, email_verified: 0, updated_at: ctx.now() })
          .where('id', '=', auth.user.id)
          .where('password_hash', '=', auth.user.password_hash)
          .returningAll()
          .executeTakeFirst();
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTaken();
        throw error;
      }
      if (!updated) throw await passwordChangedMeanwhile(ctx, auth, request);
      await retireUserTokens(ctx.db, auth.user.id, ctx.now());
      if (ctx.config.securityNotices)
        await ctx.mailer.send(mails.emailChanged(oldEmail, newEmail, ctx.now(), mailLocale(auth.user, request)));
      ctx.securityEvent('email_changed', { user: auth.user.id, ip: request.ip });
      return toWireUser(updated);
    },
  );
}
