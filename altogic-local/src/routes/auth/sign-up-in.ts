import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { emailLinkUrl } from '../../context.ts';
import { ApiError, ErrorCode } from '../../errors.ts';
import { normalizeEmail, normalizeName } from '../../security/input.ts';
import { assertAcceptablePassword } from '../../security/password-policy.ts';
import { ROUTE_LIMITS } from '../../security/rate-limits.ts';
import { newObjectId } from '../../security/tokens.ts';
import { isUniqueViolation } from '../../store/database.ts';
import { discardUnprovenPassword, findUserByEmail, hasPassword, insertUser, type UserRow } from '../../store/users.ts';
import { toWireUser } from '../../wire.ts';
import { hashKeys, rateLimited } from '../limits.ts';
import { str } from '../schemas.ts';
import { createPasswordSession, createSession } from './session-auth.ts';
import { noteDevice } from './sign-in-notices.ts';
import { deviceOf } from './sign-up-device.ts';
import { issueLinkToken } from './email-tokens.ts';
import { mails } from '../../mail/templates.ts';
import { acceptedLocale, mailLocale, supportedLocale } from '../../mail/locale.ts';

const signUpSchema = {
  body: {
    type: 'object',
    required: ['email', 'password'],
    additionalProperties: false,
    properties: {
      email: str(400),
      password: str(1024),
      nameOrUserData: {
        anyOf: [
          str(1000),
          { type: 'null' },
          // extra user fields are accepted but only `name` and `locale` are kept (S9: emailVerified and the like are ignored)
          {
            type: 'object',
            properties: { name: { anyOf: [str(1000), { type: 'null' }] }, locale: { anyOf: [str(35), { type: 'null' }] } },
          },
        ],
      },
    },
  },
} as const;

const signInSchema = {
  body: {
    type: 'object',
    required: ['email', 'password'],
    additionalProperties: false,
    properties: { email: str(400), password: str(1024) },
  },
} as const;

export function signUpInRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/auth/signup-email', { schema: signUpSchema, config: rateLimited(ctx, ROUTE_LIMITS.signUp) }, async (request) => {
    const body = request.body as {
      email: string;
      password: string;
      nameOrUserData?: string | { name?: string | null; locale?: string | null } | null;
    };
    const email = normalizeEmail(body.email);
    assertAcceptablePassword(body.password);
    const rawName = typeof body.nameOrUserData === 'string' ? body.nameOrUserData : body.nameOrUserData?.name;
    const name = rawName === undefined || rawName === null || rawName.trim() === '' ? null : normalizeName(rawName);

    const existing = await findUserByEmail(ctx.db, email);
    // a verified address (or any, without verification) is taken, as on hosted Altogic (README: Security model)
    if (existing && (existing.email_verified || !ctx.config.emailVerification)) throw emailTaken();
    // the confirmation mail goes through the mail throttles; nothing is created when it may not be sent
    if (ctx.config.emailVerification) await ctx.throttles.assertMayMail(email, request.ip);
    const passwordHash = await ctx.hasher.hash(body.password, hashKeys(request));
    const now = ctx.now();
    const row: UserRow = {
      id: newObjectId(),
      email,
      email_verified: 0,
      name,
      profile_picture: null,
      password_hash: passwordHash,
      sign_up_device: deviceOf(request),
      sign_up_at: now,
      last_login_at: now,
      updated_at: now,
      // the portal's language sent with the sign-up, else the browser's: the language of the account's mails
      locale:
        (typeof body.nameOrUserData === 'object' && supportedLocale(body.nameOrUserData?.locale)) ||
        acceptedLocale(request.headers['accept-language']),
    };
    let account: UserRow | undefined = existing;
    if (!account) {
      try {
        await insertUser(ctx.db, row);
        account = row;
        ctx.securityEvent('signup', { user: row.id, ip: request.ip });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // a concurrent sign-up of the same address won: this one is a repeated sign-up
        account = await findUserByEmail(ctx.db, email);
        if (!account || account.email_verified || !ctx.config.emailVerification) throw emailTaken();
      }
    }
    if (account !== row) {
      // A repeated sign-up of an unverified address (SEC-B3, pre-account takeover): two people claim it, neither
      // has proved it, so neither password is kept. The answer looks like a fresh sign-up and shows nothing of the
      // first one; the owner confirms the address and sets a password afterwards.
      await discardUnprovenPassword(ctx.db, account.id, ctx.now());
      ctx.securityEvent('signup_repeated', { user: account.id, ip: request.ip });
    }
    if (ctx.config.emailVerification) {
      await noteDevice(ctx, account, 'sign-up', request);
      const token = await issueLinkToken(ctx, account.id, 'email-confirm', email);
      await ctx.mailer.send(mails.confirmEmail(email, emailLinkUrl(ctx, 'email-confirm', token), mailLocale(row, request)));
      await ctx.throttles.mailSent();
      return { user: toWireUser(row), session: null };
    }
    const session = await createSession(ctx, row, 'sign-up', request);
    return { user: toWireUser(row), session };
  });

  app.post('/auth/signin-email', { schema: signInSchema, config: rateLimited(ctx, ROUTE_LIMITS.signIn) }, async (request) => {
    const body = request.body as { email: string; password: string };
    let email: string;
    try {
      email = normalizeEmail(body.email);
    } catch {
      throw invalidCredentials();
    }
    const attempt = await ctx.throttles.claimAccountAttempt(email, request.ip);
    const user = await findUserByEmail(ctx.db, email);
    let ok = false;
    let needsRehash = false;
    // an account without a password fails like a wrong password, after the same work
    if (user && hasPassword(user)) ({ ok, needsRehash } = await ctx.hasher.verify(body.password, user.password_hash, hashKeys(request)));
    else await ctx.hasher.verifyDummy(body.password, hashKeys(request));
    if (!user || !ok) {
      ctx.securityEvent('signin_failed', { user: user?.id, ip: request.ip, failures: attempt });
      throw invalidCredentials();
    }
    await ctx.throttles.clearAccountFailures(email);
    // revealed only after the right password was given (S3)
    if (ctx.config.emailVerification && !user.email_verified) {
      throw new ApiError(
        403,
        ErrorCode.emailNotVerified,
        'Please confirm your email address first. We sent you a link when you signed up.',
      );
    }
    const patch: { last_login_at: number; password_hash?: string } = { last_login_at: ctx.now() };
    if (needsRehash) patch.password_hash = await ctx.hasher.hash(body.password, hashKeys(request));
    // only if the password checked is still the account's: a reset or change may have landed during the check (S7)
    const opened = await createPasswordSession(ctx, user, user.password_hash, patch, request);
    if (!opened) {
      ctx.securityEvent('signin_failed', { user: user.id, ip: request.ip, reason: 'password_changed' });
      throw invalidCredentials();
    }
    ctx.securityEvent('signin', { user: user.id, ip: request.ip });
    return { user: toWireUser(opened.user), session: opened.session };
  });
}

export const emailTaken = () =>
  new ApiError(409, ErrorCode.emailNotUnique, 'An account with this email address already exists.', { details: { field: 'email' } });

export const invalidCredentials = () => new ApiError(401, ErrorCode.invalidCredentials, 'The email address or password is incorrect.');
