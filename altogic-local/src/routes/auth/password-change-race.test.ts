// S7 under concurrency: a sign-in whose password check is still running when the password is reset (or changed) must
// not open a session afterwards with the old password. Someone who knows the old password and keeps signing in
// would otherwise land a session that outlives the reset that was meant to lock them out.
import { afterEach, describe, expect, it } from 'vitest';
import { PRODUCTION_PASSWORD_HASHING } from '../../config.ts';
import { PasswordHasher } from '../../security/password-hashing.ts';
import { followLink, PASSWORD, startTestServer, tokenOf, uniqueEmail, verifiedUser, type TestServer } from '../../testing/harness.ts';

const API = '/_api/rest/v1';
const NEW_PASSWORD = 'copper-meadow-signal-17';

let t: TestServer | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

/** Waits, turn by turn of the event loop (no timer), until `check` holds. */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Starts `act` (an action that checks the old password) on an account whose hash is at production cost, and lands
 * the owner's password reset while that check runs (rate limits on: the action claims its attempt, a counter row,
 * just before it reads the account). Checking that hash takes far longer than a whole reset at the suite's cost.
 */
async function resetDuring<R>(
  server: TestServer,
  act: (holder: Awaited<ReturnType<typeof verifiedUser>>['client'], email: string) => Promise<R>,
) {
  const { client: holder, email, userId } = await verifiedUser(server);
  const slowHash = await new PasswordHasher(PRODUCTION_PASSWORD_HASHING).hash(PASSWORD);
  await server.server.store.db.updateTable('users').set({ password_hash: slowHash }).where('id', '=', userId).execute();
  server.clock.advance(61_000); // the sign-up mail's per-recipient cooldown
  await server.client().auth.sendResetPwdEmail(email);
  const resetToken = tokenOf((await server.lastMail(email, 'reset-pwd')).link);

  const attempt = server.server.store.db.selectFrom('counters').select('key').where('key', '=', `acct:${email}`);
  expect(await attempt.executeTakeFirst()).toBeUndefined();
  const acting = act(holder, email);
  await until(async () => (await attempt.executeTakeFirst()) !== undefined);
  expect((await server.client().auth.resetPwdWithToken(resetToken, NEW_PASSWORD)).errors).toBeNull();
  return { late: await acting, email, userId };
}

describe('a password reset racing the old password', () => {
  it('the sign-in still checking the old password when the reset lands gets no session', async () => {
    t = await startTestServer({ rateLimits: true });
    const server = t;
    const { late, userId } = await resetDuring(server, (_holder, email) => server.client().auth.signInWithEmail(email, PASSWORD));
    if (late.session) {
      // whatever the answer, the old password's session must not work after the reset
      expect((await server.api(`${API}/auth/user`, { session: late.session.token })).status).toBe(401);
    }
    expect(late.errors?.items[0]?.code).toBe('invalid_credentials');
    expect((await server.server.store.db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute()).length).toBe(0);
  });

  it('a password change still checking the old password when the reset lands changes nothing: the reset password stays', async () => {
    t = await startTestServer({ rateLimits: true });
    const server = t;
    // someone who holds a session and the old password keeps changing it; the owner resets it
    const { late, email } = await resetDuring(server, (holder) => holder.auth.changePassword('holders-own-password-5', PASSWORD));
    expect(late.errors?.status).toBe(401);
    expect((await server.client().auth.signInWithEmail(email, 'holders-own-password-5')).errors?.items[0]?.code).toBe(
      'invalid_credentials',
    );
    expect((await server.client().auth.signInWithEmail(email, NEW_PASSWORD)).errors).toBeNull();
  });

  it("an email change still checking the old password when the reset lands mails no link: the address stays the owner's", async () => {
    t = await startTestServer({ rateLimits: true });
    const server = t;
    const holdersAddress = uniqueEmail('holder');
    const { late, email } = await resetDuring(server, (holder) => holder.auth.changeEmail(PASSWORD, holdersAddress));
    expect(late.errors?.status).toBe(401);
    // no live link reaches the holder's address: the account keeps the owner's
    for (const mail of await server.outbox(holdersAddress)) await followLink(mail.link);
    const owner = server.client();
    expect((await owner.auth.signInWithEmail(email, NEW_PASSWORD)).user?.email).toBe(email);
  });
});
