// The emulator's test accounts and resets (the testing kit's backend): verified accounts in one call with the
// sign-up rules, erasing one account or everything, and none of it where the emulator endpoints are off.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStorage, PASSWORD, pngBytes, startTestServer, uniqueEmail, verifiedUser, type TestServer } from '../../testing/harness.ts';

const API = '/_api/rest/v1';

async function createAccount(t: TestServer, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${t.url}/_emulator/v1/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** A request naming another Host, as a DNS-rebinding page's would (fetch cannot set Host). */
function withHost(url: string, method: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers: { host } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end();
  });
}

async function userOf(t: TestServer, token: string): Promise<Response> {
  return t.api(`${API}/auth/user`, { session: token });
}

describe('emulator accounts and resets', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('POST /_emulator/v1/accounts creates a verified account that signs in at once, and mails nothing', async () => {
    const email = uniqueEmail('Kit.User');
    const created = await createAccount(t, { email, password: PASSWORD, name: 'Ada Lovelace' });
    expect(created.status).toBe(201);
    const { user } = (await created.json()) as { user: Record<string, unknown> };
    expect(user).toMatchObject({ email: email.toLowerCase(), emailVerified: true, name: 'Ada Lovelace' });
    expect(Object.keys(user)).not.toContain('password_hash');
    expect(await t.outbox(email)).toEqual([]);

    const signIn = await t.client().auth.signInWithEmail(email, PASSWORD);
    expect(signIn.errors).toBeNull();
    expect(signIn.user).toMatchObject({ _id: user['_id'], emailVerified: true });
    // its first sign-in is not a "new device" (nothing was recorded as known before it)
    expect(await t.outbox(email)).toEqual([]);
  });

  it('applies the sign-up rules: a taken address, a common password, a bad address or an extra field are refused', async () => {
    const email = uniqueEmail('taken');
    expect((await createAccount(t, { email, password: PASSWORD })).status).toBe(201);
    const taken = await createAccount(t, { email: email.toUpperCase(), password: PASSWORD });
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ errors: [{ code: 'email_not_unique' }] });

    const common = await createAccount(t, { email: uniqueEmail('common'), password: 'password123' });
    expect(common.status).toBe(400);
    expect(await common.json()).toMatchObject({ errors: [{ code: 'validation_error' }] });
    expect((await createAccount(t, { email: 'not an address', password: PASSWORD })).status).toBe(400);
    expect((await createAccount(t, { email: uniqueEmail('extra'), password: PASSWORD, emailVerified: false })).status).toBe(400);
  });

  it('gets no CORS grant: a page of an allowed origin cannot create accounts or erase data', async () => {
    for (const [method, path] of [
      ['POST', '/_emulator/v1/accounts'],
      ['DELETE', '/_emulator/v1/accounts'],
      ['DELETE', '/_emulator/v1/data'],
    ] as const) {
      const preflight = await fetch(`${t.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:9000',
          'access-control-request-method': method,
          'access-control-request-headers': 'content-type',
        },
      });
      expect(preflight.headers.get('access-control-allow-origin'), `${method} ${path}`).toBeNull();
    }
  });

  it('answers only to a loopback Host (the outbox guard): a rebound DNS name cannot erase data', async () => {
    const { token } = await verifiedUser(t, uniqueEmail('rebind'));
    const port = new URL(t.url).port;
    expect(await withHost(`${t.url}/_emulator/v1/data`, 'DELETE', `rebind.attacker.example:${port}`)).toBe(404);
    expect((await userOf(t, token)).status).toBe(200);
  });

  it('DELETE /_emulator/v1/accounts?email= erases that account, its sessions, files and mail; others stay', async () => {
    const gone = await verifiedUser(t, uniqueEmail('gone'));
    const upload = await gone.client.storage.bucket('root').upload('avatar.png', new Blob([pngBytes()], { type: 'image/png' }));
    expect(upload.errors).toBeNull();
    const stays = await verifiedUser(t, uniqueEmail('stays'));
    const goneMails = (await t.outbox(gone.email)).length;
    expect(goneMails).toBeGreaterThan(0);

    const erased = await fetch(`${t.url}/_emulator/v1/accounts?email=${encodeURIComponent(gone.email)}`, { method: 'DELETE' });
    expect(erased.status).toBe(200);
    expect((await userOf(t, gone.token)).status).toBe(401);
    expect(await t.outbox(gone.email)).toEqual([]);
    expect(await t.server.store.db.selectFrom('files').select('id').where('user_id', '=', gone.userId).execute()).toEqual([]);
    expect((await t.client().auth.signInWithEmail(gone.email, PASSWORD)).errors).not.toBeNull();
    expect((await userOf(t, stays.token)).status).toBe(200);
    expect((await t.outbox(stays.email)).length).toBeGreaterThan(0);

    // the address is free again
    expect((await createAccount(t, { email: gone.email, password: PASSWORD })).status).toBe(201);
    const unknown = await fetch(`${t.url}/_emulator/v1/accounts?email=${encodeURIComponent(uniqueEmail('nobody'))}`, { method: 'DELETE' });
    expect(unknown.status).toBe(404);
  });

  it('DELETE /_emulator/v1/data erases every account, session, mail and counter', async () => {
    const one = await verifiedUser(t, uniqueEmail('one'));
    const storage = new MemoryStorage();
    const two = t.client({ storage });
    const email = uniqueEmail('two');
    expect((await createAccount(t, { email, password: PASSWORD })).status).toBe(201);
    expect((await two.auth.signInWithEmail(email, PASSWORD)).errors).toBeNull();

    const erased = await fetch(`${t.url}/_emulator/v1/data`, { method: 'DELETE' });
    expect(erased.status).toBe(200);
    expect((await userOf(t, one.token)).status).toBe(401);
    expect(await t.outbox()).toEqual([]);
    const db = t.server.store.db;
    for (const table of ['users', 'sessions', 'email_tokens', 'files', 'known_devices', 'outbox', 'counters'] as const) {
      expect(await db.selectFrom(table).selectAll().execute(), table).toEqual([]);
    }
    expect((await createAccount(t, { email, password: PASSWORD })).status).toBe(201);
  });
});

describe('emulator accounts and resets where the emulator endpoints are off', () => {
  it('answer 404 and change nothing', async () => {
    const t = await startTestServer({ outbox: 'off', emailVerification: false });
    try {
      const { token } = await verifiedUser(t, uniqueEmail('kept'));
      const email = uniqueEmail('refused');
      const created = await createAccount(t, { email, password: PASSWORD });
      expect(created.status).toBe(404);
      expect(await created.json()).toMatchObject({ errors: [{ code: 'not_found' }] });
      expect((await fetch(`${t.url}/_emulator/v1/data`, { method: 'DELETE' })).status).toBe(404);
      expect((await fetch(`${t.url}/_emulator/v1/accounts?email=${encodeURIComponent(email)}`, { method: 'DELETE' })).status).toBe(404);
      expect((await userOf(t, token)).status).toBe(200);
      expect(await t.server.store.db.selectFrom('users').select('email').where('email', '=', email).execute()).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
