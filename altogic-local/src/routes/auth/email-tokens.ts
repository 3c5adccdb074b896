// Emailed tokens (S5): issue, and the endpoints that mail them or spend them (grant, reset-pwd).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { emailLinkUrl } from '../../context.ts';
import { ApiError, ErrorCode } from '../../errors.ts';
import { mailLocale } from '../../mail/locale.ts';
import { mails } from '../../mail/templates.ts';
import { emailFromRawQuery } from '../../security/input.ts';
import { assertAcceptablePassword } from '../../security/password-policy.ts';
import { ROUTE_LIMITS } from '../../security/rate-limits.ts';
import { hashToken, newBearerToken } from '../../security/tokens.ts';
import type { TokenPurpose } from '../../store/database.ts';
import { consumeEmailToken, findEmailToken, issueEmailToken, retireUserTokens } from '../../store/email-tokens.ts';
import { deleteUserSessions } from '../../store/sessions.ts';
import { discardUnprovenPassword, findUserByEmail, findUserById, hasPassword, updateUser, type UserRow } from '../../store/users.ts';
import { toWireUser } from '../../wire.ts';
import { hashKeys, rateLimited } from '../limits.ts';
import { emailQuerySchema, keyQuerySchema, str } from '../schemas.ts';
import { createSession } from './session-auth.ts';
import { isSignUpDevice } from './sign-up-device.ts';

export function lifetimeOf(ctx: AppContext, purpose: TokenPurpose): number {
  const t = ctx.config.tokenLifetimes;
  return { 'email-confirm': t.emailConfirmMs, 'magic-link': t.magicLinkMs, 'reset-pwd': t.resetPwdMs, 'change-email': t.changeEmailMs }[
    purpose
  ];
}

/**
 * Mints a token for one user, purpose and address; only its hash is stored. With `passwordHash`, only while the user's
 * password is still that one (null otherwise): for a token asked for with a password that a reset may just have replaced.
 */
export async function issueLinkToken(ctx: AppContext, userId: string, purpose: TokenPurpose, email: string): Promise<string>;
export async function issueLinkToken(
  ctx: AppContext,
  userId: string,
  purpose: TokenPurpose,
  email: string,
  passwordHash: string,
): Promise<string | null>;
export async function issueLinkToken(
  ctx: AppContext,
  userId: string,
  purpose: TokenPurpose,
  email: string,
  passwordHash?: string,
): Promise<string | null> {
  const token = newBearerToken();
  const now = ctx.now();
  const issued = await issueEmailToken(
    ctx.db,
    {
      token_hash: hashToken(token),
      user_id: userId,
      purpose,
      email,
      created_at: now,
      expires_at: now + lifetimeOf(ctx, purpose),
      used_at: null,
    },
    passwordHash,
  );
  return issued ? token : null;
}

export const invalidAccessToken = (message = 'This link is invalid or has expired. Please request a new one.') =>
  new ApiError(400, ErrorCode.invalidAccessToken, message);

/** Tokens are base64url; anything else cannot be ours (and must not reach a query unescaped). */
function readKey(query: unknown): string {
  const key = (query as { key?: string }).key ?? '';
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(key)) throw invalidAccessToken();
  return key;
}

const OK = {};

export function emailTokenRoutes(app: FastifyInstance, ctx: AppContext): void {
  const mailLimit = rateLimited(ctx, ROUTE_LIMITS.mail);
  const tokenLimit = rateLimited(ctx, ROUTE_LIMITS.token);

  // Mail-sending endpoints answer the same whether or not the address has an account (S3), after the same work: an
  // account's token and mail are written once the answer has gone out (SEC-B2), so its time tells nothing either.
  async function mailIfUser(request: FastifyRequest, send: (user: UserRow) => Promise<boolean>): Promise<typeof OK> {
    const email = emailFromRawQuery((request.query as { email: string }).email);
    await ctx.throttles.assertMayMail(email, request.ip);
    const user = await findUserByEmail(ctx.db, email);
    if (user) {
      ctx.mailer.later(async () => {
        if (await send(user)) await ctx.throttles.mailSent();
      });
    }
    return OK;
  }

  app.post('/auth/resend', { schema: { querystring: emailQuerySchema }, config: mailLimit }, async (request) =>
    mailIfUser(request, async (user) => {
      if (!ctx.config.emailVerification || user.email_verified) return false;
      const token = await issueLinkToken(ctx, user.id, 'email-confirm', user.email);
      await ctx.mailer.send(mails.confirmEmail(user.email, emailLinkUrl(ctx, 'email-confirm', token), mailLocale(user, request)));
      return true;
    }),
  );

  app.post('/auth/send-magic', { schema: { querystring: emailQuerySchema }, config: mailLimit }, async (request) =>
    mailIfUser(request, async (user) => {
      const token = await issueLinkToken(ctx, user.id, 'magic-link', user.email);
      await ctx.mailer.send(mails.magicLink(user.email, emailLinkUrl(ctx, 'magic-link', token), mailLocale(user, request)));
      return true;
    }),
  );

  app.post('/auth/send-reset', { schema: { querystring: emailQuerySchema }, config: mailLimit }, async (request) =>
    mailIfUser(request, async (user) => {
      const token = await issueLinkToken(ctx, user.id, 'reset-pwd', user.email);
      await ctx.mailer.send(mails.resetPassword(user.email, emailLinkUrl(ctx, 'reset-pwd', token), mailLocale(user, request)));
      return true;
    }),
  );

  app.get('/auth/grant', { schema: { querystring: keyQuerySchema }, config: tokenLimit }, async (request) => {
    const key = readKey(request.query);
    const tokenHash = hashToken(key);
    const now = ctx.now();
    const consumed = await consumeEmailToken(ctx.db, tokenHash, ['email-confirm', 'magic-link'], now, {
      purpose: 'email-confirm',
      after: now - ctx.config.tokenLifetimes.emailConfirmSessionMs,
    });
    if (!consumed) {
      const row = await findEmailToken(ctx.db, tokenHash);
      const owner = row ? await findUserById(ctx.db, row.user_id) : undefined;
      if (row && row.purpose === 'email-confirm' && row.used_at === null && row.expires_at > now && owner?.email === row.email) {
        // an old verification link still proves the address, but no longer signs in (SEC-C2)
        const proven = await proveAddress(ctx, owner, 'email-confirm', request);
        throw invalidAccessToken(
          hasPassword(proven)
            ? 'Your email address is confirmed. Please log in with your password.'
            : 'Your email address is confirmed. Please log in with a magic link or reset your password.',
        );
      }
      if (row && row.used_at !== null && row.purpose !== 'reset-pwd' && row.purpose !== 'change-email') {
        throw invalidAccessToken('This link has already been used. Please request a new one.');
      }
      throw invalidAccessToken();
    }
    const user = await findUserById(ctx.db, consumed.user_id);
    if (!user || user.email !== consumed.email) throw invalidAccessToken();
    const verified = await proveAddress(ctx, user, consumed.purpose, request, { last_login_at: now });
    const session = await createSession(
      ctx,
      user,
      // a confirmation link is a step of signing up; a magic link is a sign-in (new-sign-in notices)
      consumed.purpose === 'email-confirm' ? 'sign-up' : 'sign-in',
      request,
    );
    ctx.securityEvent('grant', { user: user.id, ip: request.ip, purpose: consumed.purpose });
    return { user: toWireUser(verified), session };
  });

  app.post(
    '/auth/reset-pwd',
    {
      schema: {
        querystring: keyQuerySchema,
        body: { type: 'object', required: ['newPassword'], additionalProperties: false, properties: { newPassword: str(1024) } },
      },
      config: tokenLimit,
    },
    async (request) => {
      const key = readKey(request.query);
      const { newPassword } = request.body as { newPassword: string };
      assertAcceptablePassword(newPassword, 'newPassword');
      const tokenHash = hashToken(key);
      const candidate = await findEmailToken(ctx.db, tokenHash);
      const now = ctx.now();
      if (!candidate || candidate.purpose !== 'reset-pwd' || candidate.used_at !== null || candidate.expires_at <= now) {
        throw invalidAccessToken();
      }
      // hash before spending the token, so a busy server does not burn the user's link
      const passwordHash = await ctx.hasher.hash(newPassword, hashKeys(request));
      const user = await ctx.db.transaction().execute(async (trx) => {
        const consumed = await consumeEmailToken(trx, tokenHash, ['reset-pwd'], ctx.now());
        if (!consumed) return null;
        const owner = await findUserById(trx, consumed.user_id);
        if (!owner || owner.email !== consumed.email) return null;
        // a reset link proves the address too
        await updateUser(trx, owner.id, { password_hash: passwordHash, email_verified: 1, updated_at: ctx.now() });
        await deleteUserSessions(trx, owner.id);
        await retireUserTokens(trx, owner.id, ctx.now());
        return owner;
      });
      if (!user) throw invalidAccessToken();
      await ctx.throttles.clearAccountFailures(user.email);
      ctx.securityEvent('password_reset', { user: user.id, ip: request.ip });
      if (ctx.config.securityNotices)
        await ctx.mailer.send(mails.passwordChanged(user.email, 'reset', ctx.now(), mailLocale(user, request)));
      return OK;
    },
  );
}

/**
 * A link proved the user's address. If nobody had proved it before, the password chosen at sign-up is unproven: it
 * may be an attacker's, who signed up with the victim's address (pre-account takeover). It is kept only when the
 * sign-up's own confirmation link comes back to the device that signed up; otherwise it goes, with every session
 * (README: Security model).
 */
async function proveAddress(
  ctx: AppContext,
  user: UserRow,
  purpose: TokenPurpose,
  request: FastifyRequest,
  patch: { last_login_at?: number } = {},
): Promise<UserRow> {
  const now = ctx.now();
  if (!user.email_verified && !(purpose === 'email-confirm' && isSignUpDevice(user, request))) {
    await discardUnprovenPassword(ctx.db, user.id, now);
  }
  return (await updateUser(ctx.db, user.id, { email_verified: 1, ...(user.email_verified ? {} : { updated_at: now }), ...patch })) ?? user;
}
