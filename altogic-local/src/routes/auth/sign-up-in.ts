import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { emailLinkUrl } from '../../context.ts';
import { ApiError, ErrorCode } from '../../errors.ts';
import { normalizeEmail, normalizeName } from '../../security/input.ts';
import { assertAcceptablePassword } from '../../security/password-policy.ts';
import { ROUTE_LIMITS } from '../../security/rate-limits.ts';
import { newObjectId } from '../../security/tokens.ts';
import { isUniqueViolation } from '../../store/database.ts';
import { findUserByEmail, insertUser, updateUser, type UserRow } from '../../store/users.ts';
import { toWireUser } from '../../wire.ts';
import { rateLimited } from '../limits.ts';
import { str } from '../schemas.ts';
import { createSession } from './session-auth.ts';
import { noteDevice } from './sign-in-notices.ts';
import { issueLinkToken } from './email-tokens.ts';
import { mails } from '../../mail/templates.ts';

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
          // extra user fields are accepted but only `name` is kept (S9: emailVerified and the like are ignored)
          { type: 'object', properties: { name: { anyOf: [str(1000), { type: 'null' }] } } },
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
    const body = request.body as { email: string; password: string; nameOrUserData?: string | { name?: string | null } | null };
    const rawName = typeof body.nameOrUserData === 'string' ? body.nameOrUserData : body.nameOrUserData?.name;
    const row = await createUser(ctx, { email: body.email, password: body.password, name: rawName, emailVerified: false });
    const email = row.email;
    ctx.securityEvent('signup', { user: row.id, ip: request.ip });
    if (ctx.config.emailVerification) {
      await noteDevice(ctx, row, 'sign-up', request);
      const token = await issueLinkToken(ctx, row.id, 'email-confirm', email);
      await ctx.mailer.send(mails.confirmEmail(email, emailLinkUrl(ctx, 'email-confirm', token)));
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
    await ctx.throttles.assertAccountMayTry(email);
    const user = await findUserByEmail(ctx.db, email);
    let ok = false;
    let needsRehash = false;
    if (user) ({ ok, needsRehash } = await ctx.hasher.verify(body.password, user.password_hash));
    else await ctx.hasher.verifyDummy(body.password);
    if (!user || !ok) {
      const failures = await ctx.throttles.recordAccountFailure(email);
      ctx.securityEvent('signin_failed', { user: user?.id, ip: request.ip, failures });
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
    const now = ctx.now();
    const patch: { last_login_at: number; password_hash?: string } = { last_login_at: now };
    if (needsRehash) patch.password_hash = await ctx.hasher.hash(body.password);
    const updated = (await updateUser(ctx.db, user.id, patch)) ?? user;
    const session = await createSession(ctx, user, 'sign-in', request);
    ctx.securityEvent('signin', { user: user.id, ip: request.ip });
    return { user: toWireUser(updated), session };
  });
}

/**
 * A new user with the same rules as sign-up (address, password policy, name, unique email). Only the emulator's
 * accounts endpoint creates one already verified.
 */
export async function createUser(
  ctx: AppContext,
  input: { email: string; password: string; name?: string | null | undefined; emailVerified: boolean },
): Promise<UserRow> {
  const email = normalizeEmail(input.email);
  assertAcceptablePassword(input.password);
  const name = input.name === undefined || input.name === null || input.name.trim() === '' ? null : normalizeName(input.name);
  if (await findUserByEmail(ctx.db, email)) throw emailTaken();
  const passwordHash = await ctx.hasher.hash(input.password);
  const now = ctx.now();
  const row: UserRow = {
    id: newObjectId(),
    email,
    email_verified: input.emailVerified ? 1 : 0,
    name,
    profile_picture: null,
    password_hash: passwordHash,
    sign_up_at: now,
    last_login_at: now,
    updated_at: now,
  };
  try {
    await insertUser(ctx.db, row);
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  return row;
}

export const emailTaken = () =>
  new ApiError(409, ErrorCode.emailNotUnique, 'An account with this email address already exists.', { details: { field: 'email' } });

export const invalidCredentials = () => new ApiError(401, ErrorCode.invalidCredentials, 'The email address or password is incorrect.');
