// Test accounts and data resets for test suites (the portal's testing kit): only where the emulator endpoints are
// enabled and only to loopback peers naming this machine in Host (the outbox's guard), never under the REST API prefix, with no CORS grant.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { ApiError, ErrorCode } from '../../errors.ts';
import { normalizeEmail, normalizeName } from '../../security/input.ts';
import { assertAcceptablePassword } from '../../security/password-policy.ts';
import { newObjectId } from '../../security/tokens.ts';
import { isUniqueViolation } from '../../store/database.ts';
import { eraseAllData, eraseUser } from '../../store/erase.ts';
import { findUserByEmail, insertUser, type UserRow } from '../../store/users.ts';
import { toWireUser } from '../../wire.ts';
import { emailTaken } from '../auth/sign-up-in.ts';
import { hashKeys } from '../limits.ts';
import { outboxGuard } from '../outbox/local-only.ts';
import { emailQuerySchema, str } from '../schemas.ts';

const createAccountSchema = {
  body: {
    type: 'object',
    required: ['email', 'password'],
    additionalProperties: false,
    properties: { email: str(400), password: str(1024), name: { anyOf: [str(1000), { type: 'null' }] } },
  },
} as const;

export function emulatorAccountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const onRequest = outboxGuard(ctx.outboxEnabled);

  // A verified account in one call: the sign-up rules apply (address, password policy, name, unique email), only
  // the confirmation mail is skipped. No session is opened and no browser is recorded as known.
  app.post('/_emulator/v1/accounts', { onRequest, schema: createAccountSchema }, async (request, reply) => {
    const body = request.body as { email: string; password: string; name?: string | null };
    const email = normalizeEmail(body.email);
    assertAcceptablePassword(body.password);
    const name = body.name === undefined || body.name === null || body.name.trim() === '' ? null : normalizeName(body.name);
    if (await findUserByEmail(ctx.db, email)) throw emailTaken();
    const now = ctx.now();
    const row: UserRow = {
      id: newObjectId(),
      email,
      email_verified: 1,
      name,
      profile_picture: null,
      password_hash: await ctx.hasher.hash(body.password, hashKeys(request)),
      sign_up_device: null,
      sign_up_at: now,
      last_login_at: now,
      updated_at: now,
      locale: null,
    };
    try {
      await insertUser(ctx.db, row);
    } catch (error) {
      if (isUniqueViolation(error)) throw emailTaken();
      throw error;
    }
    ctx.securityEvent('emulator_account_created', { user: row.id });
    reply.code(201).header('cache-control', 'no-store');
    return { user: toWireUser(row) };
  });

  // One account and everything it owns (sessions, tokens, files, known devices, its mail), and its failure counter.
  app.delete('/_emulator/v1/accounts', { onRequest, schema: { querystring: emailQuerySchema } }, async (request) => {
    const email = normalizeEmail((request.query as { email: string }).email.replace(/ /g, '+'));
    // mail work of requests already answered first: none of it may land after the erase
    await ctx.mailer.settled();
    const user = await findUserByEmail(ctx.db, email);
    if (!user) throw new ApiError(404, ErrorCode.notFound, 'There is no account with this email address.');
    await eraseUser(ctx.db, user);
    await ctx.throttles.clearAccountFailures(email);
    ctx.securityEvent('emulator_account_deleted', { user: user.id });
    return {};
  });

  // Everything: accounts, sessions, tokens, files, known devices, the outbox and the rate-limit counters.
  app.delete('/_emulator/v1/data', { onRequest }, async () => {
    await ctx.mailer.settled();
    await eraseAllData(ctx.db);
    ctx.securityEvent('emulator_data_erased', {});
    return {};
  });
}
