// The PostgreSQL path (DATABASE_URL): the core flows through the real client, several stateless server processes
// sharing one database (single-use tokens, shared rate-limit counters, files), restart durability.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessTokenOf,
  followLink,
  PASSWORD,
  pngBytes,
  startTestServer,
  tokenOf,
  uniqueEmail,
  verifiedUser,
  type TestServer,
} from '../testing/harness.ts';
import { SKIP_PG, startPostgres, type PostgresCluster } from '../testing/postgres.ts';

describe.skipIf(SKIP_PG)('PostgreSQL (DATABASE_URL)', () => {
  let cluster: PostgresCluster;
  let databaseUrl: string;
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    cluster = await startPostgres();
    databaseUrl = await cluster.createDatabase('flows');
    // two processes' worth of servers on one database, started together (migrations take a lock)
    [a, b] = await Promise.all([startTestServer({ databaseUrl }), startTestServer({ databaseUrl })]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    cluster?.stop();
  });

  it('reports PostgreSQL with fsync and synchronous_commit on', async () => {
    const health = await (await fetch(`${a.url}/_emulator/v1/health`)).json();
    expect(health).toEqual({
      status: 'ok',
      database: 'postgres',
      durability: { fsync: 'on', synchronous_commit: 'on' },
      checks: { read: 'ok', write: 'ok', space: 'ok' },
    });
  });

  it('parallel uploads over two servers never take a user past the quota', async () => {
    const quota = { databaseUrl, uploadQuotaPerUserBytes: 250 * 1024 };
    const [c, d] = await Promise.all([startTestServer(quota), startTestServer(quota)]);
    try {
      const { token } = await verifiedUser(c);
      const uploads = Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? c : d).api(`/_api/rest/v1/storage/bucket/upload-object?bucket=root&fileName=q${i}.png`, {
          method: 'POST',
          session: token,
          headers: { 'content-type': 'image/png' },
          body: pngBytes(3, 3, 100 * 1024),
        }),
      );
      const statuses = (await Promise.all(uploads)).map((response) => response.status).sort();
      expect(statuses).toEqual([200, 200, 413, 413, 413, 413]);
    } finally {
      await Promise.all([c.close(), d.close()]);
    }
  });

  it('sign-up on one server, confirm and sign in on the other, sessions and sign-out across both', async () => {
    const email = uniqueEmail('pg');
    const signUp = await a.client().auth.signUpWithEmail(email, PASSWORD, 'Shared');
    expect(signUp.errors).toBeNull();
    expect(signUp.session).toBeNull();
    const mail = await b.lastMail(email, 'email-confirm'); // the outbox lives in the database too
    const { location } = await followLink(mail.link);
    const onB = b.client();
    const grant = await onB.auth.getAuthGrant(accessTokenOf(location)!);
    expect(grant.errors).toBeNull();
    expect(grant.user).toMatchObject({ email, emailVerified: true, name: 'Shared' });

    const onA = a.client();
    expect((await onA.auth.signInWithEmail(email, PASSWORD)).errors).toBeNull();
    const { sessions } = await onB.auth.getAllSessions();
    expect(sessions).toHaveLength(2);
    expect(typeof sessions![0]!.creationDtm).toBe('string');
    expect((await onB.auth.signOutAllExceptCurrent()).errors).toBeNull();
    expect((await onA.auth.getUserFromDB()).errors?.items[0]?.code).toBe('invalid_session_token');

    expect((await onB.auth.changePassword('pg-new-passphrase-1', PASSWORD)).errors).toBeNull();
    expect((await a.client().auth.signInWithEmail(email, 'pg-new-passphrase-1')).errors).toBeNull();
  });

  it('users records and files work across servers; files are served from the database', async () => {
    const { client, userId } = await verifiedUser(a);
    const upload = await client.storage.bucket('root').upload(`user_${userId}`, new Blob([pngBytes(7, 7)]));
    expect(upload.errors).toBeNull();
    const publicPath = (upload.data as { publicPath: string }).publicPath;
    const updated = await client.db.model('users').object(userId).update({ name: 'PG name', profilePicture: publicPath });
    expect(updated.errors).toBeNull();
    const served = await fetch(`${b.url}${new URL(publicPath).pathname}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(pngBytes(7, 7))).toBe(true);
    const second = await client.storage.bucket('root').upload(`user_${userId}`, new Blob([pngBytes(8, 8)]));
    expect((second.data as { fileName: string }).fileName).not.toBe((upload.data as { fileName: string }).fileName);
    expect(
      (
        await client.storage
          .bucket('root')
          .file((upload.data as { _id: string })._id)
          .delete()
      ).errors,
    ).toBeNull();
    expect((await fetch(publicPath)).status).toBe(404);
  });

  it('20 parallel grants of one token split over two servers: exactly one success', async () => {
    const { email } = await verifiedUser(a);
    await a.client().auth.sendMagicLinkEmail(email);
    const token = tokenOf((await a.lastMail(email, 'magic-link')).link);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).client().auth.getAuthGrant(token)));
    expect(results.filter((r) => r.errors === null)).toHaveLength(1);
  });

  it('concurrent sign-ups of one address on two servers create one account', async () => {
    const email = uniqueEmail('pg-race');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).client().auth.signUpWithEmail(email, PASSWORD)));
    expect(results.map((r) => r.errors)).toEqual(Array.from({ length: 10 }, () => null)); // repeated sign-ups look fresh
    expect(await a.server.store.db.selectFrom('users').select('id').where('email', '=', email).execute()).toHaveLength(1);
  });

  it('rate-limit counters are shared by the servers', async () => {
    const limitedUrl = await cluster.createDatabase('limits');
    const [x, y] = await Promise.all([
      startTestServer({ databaseUrl: limitedUrl, rateLimits: true }),
      startTestServer({ databaseUrl: limitedUrl, rateLimits: true }),
    ]);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 31; i += 1) {
        const response = await (i % 2 ? x : y).api('/_api/rest/v1/auth/signin-email', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: uniqueEmail('spray'), password: 'wrong-password-1' }),
        });
        statuses.push(response.status);
      }
      expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
      expect(statuses[30]).toBe(429);
    } finally {
      await Promise.all([x.close(), y.close()]);
    }
  });

  it('a restarted server finds everything', async () => {
    const { email, userId } = await verifiedUser(a);
    const restarted = await startTestServer({ databaseUrl });
    try {
      const signIn = await restarted.client().auth.signInWithEmail(email, PASSWORD);
      expect(signIn.errors).toBeNull();
      expect(signIn.user?._id).toBe(userId);
    } finally {
      await restarted.close();
    }
  });
});
