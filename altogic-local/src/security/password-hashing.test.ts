import { describe, expect, it } from 'vitest';
import { PasswordHasher, parseStoredHash } from './password-hashing.ts';
import { PASSWORD, startTestServer, uniqueEmail } from '../testing/harness.ts';
import { PRODUCTION_PASSWORD_HASHING } from '../config.ts';

describe('password hashing', () => {
  it('stores scrypt N=2^15, r=8, p=3 with a 16-byte salt by default, never the password', async () => {
    const t = await startTestServer({ passwordHashing: PRODUCTION_PASSWORD_HASHING, emailVerification: false });
    try {
      const a = uniqueEmail('prod');
      const b = uniqueEmail('prod');
      await t.client().auth.signUpWithEmail(a, PASSWORD);
      await t.client().auth.signUpWithEmail(b, PASSWORD);
      const rows = await t.server.store.db.selectFrom('users').select(['email', 'password_hash']).where('email', 'in', [a, b]).execute();
      expect(rows).toHaveLength(2);
      for (const row of rows) {
        expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$3\$/);
        expect(row.password_hash).not.toContain(PASSWORD);
        expect(parseStoredHash(row.password_hash)!.salt).toHaveLength(16);
      }
      expect(rows[0]!.password_hash).not.toBe(rows[1]!.password_hash);
      expect((await t.client().auth.signInWithEmail(a, PASSWORD)).errors).toBeNull();
    } finally {
      await t.close();
    }
  });

  it('verifies in constant time and flags hashes made with other parameters for rehashing', async () => {
    const cheap = new PasswordHasher({ N: 1024, r: 8, p: 1 });
    const stored = await cheap.hash('correct horse');
    expect(await cheap.verify('correct horse', stored)).toEqual({ ok: true, needsRehash: false });
    expect(await cheap.verify('wrong horse', stored)).toEqual({ ok: false, needsRehash: false });
    const stronger = new PasswordHasher({ N: 2048, r: 8, p: 1 });
    expect(await stronger.verify('correct horse', stored)).toEqual({ ok: true, needsRehash: true });
    expect(await cheap.verify('x', 'not-a-hash')).toEqual({ ok: false, needsRehash: false });
  });

  it('sheds load beyond the in-flight limit and queue with 503 server_busy', async () => {
    const hasher = new PasswordHasher({ N: 4096, r: 8, p: 1 }, 1, 2);
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => hasher.hash('pw')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(3);
    expect(rejected[0]!.reason).toMatchObject({ statusCode: 503, code: 'server_busy' });
    // and recovers
    await expect(hasher.hash('pw')).resolves.toMatch(/^scrypt\$/);
  });
});

describe('the shared hash queue is shared fairly (scrypt queue starvation)', () => {
  const params = { N: 2 ** 12, r: 8, p: 1 };

  it('one limit key (an IPv6 /64 flooding sign-ins) gets a bounded share; a sign-in from elsewhere still gets a slot', async () => {
    const hasher = new PasswordHasher(params, 1, 4);
    const stored = await hasher.hash('correct horse battery');
    const flood = Array.from({ length: 300 }, () =>
      hasher.verify('wrong guess', stored, ['ip:2001:db8:1:2::/64']).then(
        () => 'done',
        (error: { statusCode?: number }) => error.statusCode,
      ),
    );
    const real = await hasher.verify('correct horse battery', stored, ['ip:192.0.2.7']);
    expect(real.ok).toBe(true);
    const outcomes = await Promise.all(flood);
    expect(outcomes.filter((o) => o === 503).length).toBeGreaterThan(250);
  });

  it('unknown emails beyond their share are answered after a timer, never by the queue: known accounts keep their slots', async () => {
    const hasher = new PasswordHasher(params, 1, 8);
    const stored = await hasher.hash('correct horse battery');
    // 300 unknown addresses from 300 different networks: each key is within its share, the class is not
    const ghosts = Array.from({ length: 300 }, (_, i) => hasher.verifyDummy('guess', [`ip:198.51.100.${i % 250}`, `acct:ghost-${i}`]));
    const real = await hasher.verify('correct horse battery', stored, ['ip:192.0.2.8']);
    expect(real.ok).toBe(true);
    await expect(Promise.all(ghosts)).resolves.toHaveLength(300); // never 503: an unknown email looks like a known one
  });
});
