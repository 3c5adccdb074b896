// Throttling with --rate-limits on (S4): per IP, per account, per mail recipient; 429 + Retry-After in the
// Altogic error shape, which the real client turns into errors (no hang).
import { afterEach, describe, expect, it } from 'vitest';
import { PASSWORD, startTestServer, uniqueEmail, verifiedUser, type TestServer } from '../testing/harness.ts';
import { openStore } from '../store/database.ts';
import { ipLimitKey, Throttles } from './rate-limits.ts';

const API = '/_api/rest/v1';
let t: TestServer | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

function signIn(server: TestServer, email: string, password: string, headers: Record<string, string> = {}) {
  return server.api(`${API}/auth/signin-email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
}

describe('rate limits', () => {
  it('per IP: 30 sign-ins per 5 minutes, X-Forwarded-For does not help, the window passes', async () => {
    t = await startTestServer({ rateLimits: true });
    for (let i = 0; i < 30; i += 1) {
      const response = await signIn(t, uniqueEmail('spray'), 'wrong-password-1', { 'x-forwarded-for': `10.0.0.${i}` });
      expect(response.status).toBe(401);
    }
    const limited = await signIn(t, uniqueEmail('spray'), 'wrong-password-1', { 'x-forwarded-for': '10.9.9.9' });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(300);
    expect(await limited.json()).toMatchObject({ errors: [{ origin: 'client_error', code: 'too_many_requests' }] });

    const viaClient = await t.client().auth.signInWithEmail(uniqueEmail('spray'), 'wrong-password-1');
    expect(viaClient.errors).toMatchObject({ status: 429, items: [{ code: 'too_many_requests' }] });

    t.clock.advance(5 * 60_000 + 1000);
    expect((await signIn(t, uniqueEmail('spray'), 'wrong-password-1')).status).toBe(401);
  });

  it('per account: 10 free failures, then a delay that also applies to the right password, same for unknown emails', async () => {
    t = await startTestServer({ rateLimits: true });
    const { email } = await verifiedUser(t);
    const unknown = uniqueEmail('ghost');
    for (let i = 0; i < 10; i += 1) {
      expect((await signIn(t, email, 'wrong-password-1')).status).toBe(401);
      expect((await signIn(t, unknown, 'wrong-password-1')).status).toBe(401);
    }
    const blocked = await signIn(t, email, PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('1');
    const ghost = await signIn(t, unknown, 'wrong-password-1');
    expect(ghost.status).toBe(429);
    expect(await ghost.json()).toEqual(await blocked.json());

    t.clock.advance(1500);
    expect((await signIn(t, email, PASSWORD)).status).toBe(200);
    // success resets the counter
    expect((await signIn(t, email, 'wrong-password-1')).status).toBe(401);
    expect((await signIn(t, email, PASSWORD)).status).toBe(200);
  });

  it('per account: the delay is atomic — 20 parallel guesses when one may try: one is evaluated, the rest get 429', async () => {
    const lines: string[] = [];
    // a slower hash keeps the guesses in flight together, as on a real server
    t = await startTestServer({ rateLimits: true, log: (line) => lines.push(line), passwordHashing: { N: 2 ** 14, r: 8, p: 1 } });
    const { email } = await verifiedUser(t);
    for (let i = 0; i < 10; i += 1) expect((await signIn(t, email, 'wrong-password-1')).status).toBe(401);
    t.clock.advance(5 * 60_000 + 1000); // the per-IP window and the account's delay have both passed
    const statuses = await Promise.all(Array.from({ length: 20 }, () => signIn(t!, email, 'wrong-password-1').then((r) => r.status)));
    expect(statuses.filter((s) => s === 401)).toHaveLength(1);
    expect(statuses.filter((s) => s === 429)).toHaveLength(19);
    // the lockout is a security event, one structured line each
    const lockouts = lines.filter((line) => line.startsWith('security account_throttled '));
    expect(lockouts.length).toBeGreaterThanOrEqual(19);
    expect(lockouts[0]).toMatch(/ ip="[^"]+"/);
    expect(lockouts.join('\n')).not.toContain('wrong-password-1');
  });

  it('mail 429s are security events', async () => {
    const lines: string[] = [];
    t = await startTestServer({ rateLimits: true, log: (line) => lines.push(line) });
    const email = uniqueEmail('mail-event');
    await t.client().auth.sendMagicLinkEmail(email);
    expect((await t.client().auth.sendMagicLinkEmail(email)).errors?.status).toBe(429);
    expect(lines.filter((line) => line.startsWith('security mail_throttled '))).toHaveLength(1);
  });

  it('per recipient: one mail a minute, for known and unknown addresses alike', async () => {
    t = await startTestServer({ rateLimits: true });
    const { email } = await verifiedUser(t);
    t.clock.advance(61_000); // the confirmation mail of the sign-up counted too
    const unknown = uniqueEmail('ghost');
    const client = t.client();
    const first = [await client.auth.sendResetPwdEmail(email), await client.auth.sendResetPwdEmail(unknown)];
    expect(first).toEqual([{ errors: null }, { errors: null }]);
    const second = [await client.auth.sendResetPwdEmail(email), await client.auth.sendResetPwdEmail(unknown)];
    expect(second[0]).toEqual(second[1]);
    expect(second[0]!.errors).toMatchObject({ status: 429, items: [{ code: 'too_many_requests' }] });
    const raw = await t.api(`${API}/auth/send-magic?email=${unknown}`, { method: 'POST' });
    expect(raw.status).toBe(429);
    expect(Number(raw.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await t.outbox(email)).filter((m) => m.action === 'reset-pwd')).toHaveLength(1);

    t.clock.advance(61_000);
    expect((await client.auth.sendMagicLinkEmail(email)).errors).toBeNull();
  });

  it('sign-up confirmation mails go through the per-recipient cooldown too, and nothing is created when refused', async () => {
    t = await startTestServer({ rateLimits: true });
    const email = uniqueEmail('signup-mail');
    const client = t.client();
    expect((await client.auth.signUpWithEmail(email, PASSWORD)).errors).toBeNull();
    expect((await client.auth.resendVerificationEmail(email)).errors).toMatchObject({ status: 429 });
    expect((await client.auth.signUpWithEmail(email, PASSWORD)).errors).toMatchObject({ status: 429 });
    const other = uniqueEmail('signup-mail-2');
    await client.auth.sendMagicLinkEmail(other); // an unknown address: counted, nothing sent
    expect((await client.auth.signUpWithEmail(other, PASSWORD)).errors).toMatchObject({ status: 429 });
    expect(await t.server.store.db.selectFrom('users').select('id').where('email', '=', other).execute()).toEqual([]);
    expect(await t.outbox(email)).toHaveLength(1);
  });

  it('change-email: one confirmation a minute per new address, and the per-IP mail limit bounds it (mail bombing, probing)', async () => {
    t = await startTestServer({ rateLimits: true });
    const { client } = await verifiedUser(t);
    const victim = uniqueEmail('bombed');
    expect((await client.auth.changeEmail(PASSWORD, victim)).errors).toBeNull();
    const again = await client.auth.changeEmail(PASSWORD, victim);
    expect(again.errors).toMatchObject({ status: 429, items: [{ code: 'too_many_requests' }] });
    expect((await t.outbox(victim)).filter((m) => m.action === 'change-email')).toHaveLength(1);

    // 30 requests an hour per IP in the mail group, like send-magic: taken addresses cannot be probed without bound
    const taken = (await verifiedUser(t)).email;
    for (let i = 0; i < 28; i += 1) expect((await client.auth.changeEmail(PASSWORD, uniqueEmail('probe'))).errors).toBeNull();
    const limited = await client.auth.changeEmail(PASSWORD, taken);
    expect(limited.errors).toMatchObject({ status: 429, items: [{ code: 'too_many_requests' }] });
    expect((await client.auth.sendMagicLinkEmail(uniqueEmail('after'))).errors).toMatchObject({ status: 429 });
  });

  it('the global hourly mail budget is used up only by mails actually sent', async () => {
    const store = await openStore({ dataDir: ':memory:', databaseUrl: null });
    try {
      const throttles = new Throttles(store.db, () => Date.now(), true);
      // requests for 300 addresses without an account send nothing and use up nothing
      for (let i = 0; i < 300; i += 1) await throttles.assertMayMail(`ghost-${i}@example.test`, '192.0.2.1');
      await expect(throttles.assertMayMail('real-owner@example.test', '192.0.2.1')).resolves.toBeUndefined();
      for (let i = 0; i < 200; i += 1) await throttles.mailSent();
      await expect(throttles.assertMayMail('next-owner@example.test', '192.0.2.1')).rejects.toMatchObject({ statusCode: 429 });
    } finally {
      await store.close();
    }
  });

  it('--rate-limits off lets test suites sign in freely', async () => {
    t = await startTestServer({ rateLimits: false });
    const { email } = await verifiedUser(t);
    for (let i = 0; i < 40; i += 1) expect((await signIn(t, email, 'wrong-password-1')).status).toBe(401);
    expect((await signIn(t, email, PASSWORD)).status).toBe(200);
  });
});

describe('per-IP limit keys', () => {
  it('key IPv6 clients by their /64 (one host owns a whole /64), IPv4 by the address', () => {
    const key = ipLimitKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd');
    expect(ipLimitKey('2001:0db8:0001:0002::1')).toBe(key);
    expect(ipLimitKey('2001:db8:1:2:ffff::42')).toBe(key);
    expect(ipLimitKey('2001:db8:1:3::1')).not.toBe(key);
    expect(ipLimitKey('::1')).toBe(ipLimitKey('::2'));
    expect(ipLimitKey('fe80::1%eth0')).toBe(ipLimitKey('fe80::2'));
    expect(ipLimitKey('192.0.2.1')).toBe('192.0.2.1');
    expect(ipLimitKey('192.0.2.2')).not.toBe(ipLimitKey('192.0.2.1'));
    expect(ipLimitKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });
});
