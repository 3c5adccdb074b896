// Raw HTTP against the server: hostile bodies, error shapes, CORS, client keys, headers (S12–S16, SEC-G*).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, pngBytes, startTestServer, uniqueEmail, verifiedUser, type TestServer } from './testing/harness.ts';

const API = '/_api/rest/v1';

async function expectErrorShape(response: Response, status: number, code?: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { errors: Array<{ origin: string; code: string; message: string }> };
  expect(Array.isArray(body.errors)).toBe(true);
  const item = body.errors[0]!;
  expect(['client_error', 'server_error']).toContain(item.origin);
  expect(typeof item.message).toBe('string');
  if (code) expect(item.code).toBe(code);
  // no internals (S14)
  expect(JSON.stringify(body)).not.toMatch(/ at |\.ts:|SQLITE|node_modules|\/work\/|FST_/);
}

describe('hostile input', () => {
  let t: TestServer;
  const json = (body: string, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('malformed JSON → 400 validation_error', async () => {
    await expectErrorShape(await t.api(`${API}/auth/signin-email`, json('{"email": "a@b.test", ')), 400, 'validation_error');
    await expectErrorShape(await t.api(`${API}/auth/signin-email`, json('')), 400, 'validation_error');
  });

  it('operator objects and other wrong types → 400, never a lookup', async () => {
    for (const body of [
      { email: { $gt: '' }, password: 'x' },
      { email: ['a@x.test'], password: PASSWORD },
      { email: 'a@x.test', password: 12345678 },
      { email: 'a@x.test', password: PASSWORD, admin: true },
    ]) {
      await expectErrorShape(await t.api(`${API}/auth/signin-email`, json(JSON.stringify(body))), 400, 'validation_error');
    }
    await expectErrorShape(
      await t.api(`${API}/auth/signup-email`, json('{"email":"a@x.test","password":"long-enough-pass","__proto__":{"admin":true}}')),
      400,
    );
    await expectErrorShape(await t.api(`${API}/auth/signup-email`, json('{"email":"","password":""}')), 400, 'validation_error');
    expect(({} as { admin?: unknown }).admin).toBeUndefined();
  });

  it('a 2 MiB JSON body → 413 payload_too_large', async () => {
    const body = JSON.stringify({ email: 'a@x.test', password: 'x'.repeat(2 * 1024 * 1024) });
    await expectErrorShape(await t.api(`${API}/auth/signin-email`, json(body)), 413, 'payload_too_large');
  });

  it('non-JSON bodies on JSON routes → 415 (no CORS-simple requests, SEC-G2)', async () => {
    const response = await t.api(`${API}/auth/signin-email`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ email: 'a@x.test', password: PASSWORD }),
    });
    await expectErrorShape(response, 415, 'content_type_error');
  });

  it('repeated query parameters are refused', async () => {
    await expectErrorShape(
      await t.api(`${API}/auth/send-magic?email=a@x.test&email=b@x.test`, { method: 'POST' }),
      400,
      'validation_error',
    );
    await expectErrorShape(await t.api(`${API}/auth/grant?key=a&key=b`), 400);
  });

  it('unknown routes 404, wrong methods 405, unimplemented client features 501 — all JSON', async () => {
    await expectErrorShape(await t.api('/nothing-here'), 404, 'not_found');
    const wrongMethod = await t.api(`${API}/auth/signin-email`);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    await expectErrorShape(wrongMethod, 405, 'method_not_allowed');
    await expectErrorShape(await t.api(`${API}/auth/signup-phone`, json('{}')), 501, 'not_implemented');
    await expectErrorShape(await t.api(`${API}/queue/submit-message`, json('{}')), 501, 'not_implemented');
    await expectErrorShape(await t.api('/_auth/google'), 501, 'not_implemented');
  });

  it('multipart without a boundary and uploads with a JSON content type fail cleanly', async () => {
    const { token } = await verifiedUser(t);
    const noBoundary = await t.api(`${API}/storage/bucket/upload-formdata?bucket=root&fileName=x`, {
      method: 'POST',
      session: token,
      headers: { 'content-type': 'multipart/form-data' },
      body: 'garbage',
    });
    expect(noBoundary.status).toBeGreaterThanOrEqual(400);
    expect(noBoundary.status).toBeLessThan(500);
    await expectErrorShape(noBoundary, noBoundary.status);
  });

  it('raw multipart uploads: SVG and HTML refused with 415, 6 MiB refused with 413, PNG accepted with 200', async () => {
    const { token } = await verifiedUser(t);
    const upload = (content: string | Buffer, type: string) => {
      const form = new FormData();
      form.append('file', new Blob([content], { type }), 'upload.png');
      return t.api(`${API}/storage/bucket/upload-formdata?bucket=root&fileName=upload.png`, { method: 'POST', session: token, body: form });
    };
    await expectErrorShape(
      await upload('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'image/svg+xml'),
      415,
      'content_type_error',
    );
    await expectErrorShape(await upload('<html><script>alert(1)</script></html>', 'image/png'), 415, 'content_type_error');
    const sixMiB = Buffer.alloc(6 * 1024 * 1024);
    pngBytes().copy(sixMiB);
    await expectErrorShape(await upload(sixMiB, 'image/png'), 413, 'payload_too_large');
    expect((await upload(pngBytes(), 'text/plain')).status).toBe(200);
  });

  it('the client key is required on API calls', async () => {
    const response = await fetch(`${t.url}${API}/auth/signin-email`, json(JSON.stringify({ email: 'a@x.test', password: PASSWORD })));
    await expectErrorShape(response, 401, 'invalid_client_key');
  });

  it('the session token is accepted only in the Session header', async () => {
    const { token } = await verifiedUser(t);
    await expectErrorShape(await t.api(`${API}/auth/user?session=${token}`), 401, 'missing_session_token');
    await expectErrorShape(
      await t.api(`${API}/auth/user`, { headers: { cookie: `session_token=${token}` } }),
      401,
      'missing_session_token',
    );
  });

  it('the envUrl may carry a path prefix', async () => {
    const response = await t.api(`/e:6432abcd/${API}/auth/user`);
    await expectErrorShape(response, 401, 'missing_session_token');
  });

  it('API answers carry security headers and no-store', async () => {
    const response = await t.api(`${API}/auth/user`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('keeps serving after all of the above', async () => {
    const health = await fetch(`${t.url}/_emulator/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const email = uniqueEmail();
    expect((await t.client().auth.signUpWithEmail(email, PASSWORD)).errors).toBeNull();
  });
});

describe('CORS', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  const preflight = (origin: string, path = `${API}/auth/user`) =>
    fetch(`${t.url}${path}`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-client,x-client-key,session' },
    });

  it('echoes an allowed origin with credentials on preflight and actual responses', async () => {
    const pre = await preflight('http://localhost:9000');
    expect(pre.status).toBeLessThan(300);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://localhost:9000');
    expect(pre.headers.get('access-control-allow-credentials')).toBe('true');
    const allowHeaders = pre.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const header of ['x-client', 'x-client-key', 'session', 'content-type', 'authorization']) {
      expect(allowHeaders.split(/,\s*/)).toContain(header);
    }
    expect(pre.headers.get('access-control-allow-methods')).toMatch(/GET.*POST|POST.*GET/);
    expect(pre.headers.get('vary')).toMatch(/Origin/i);

    const actual = await t.api(`${API}/auth/user`, { headers: { origin: 'http://127.0.0.1:9002' } });
    expect(actual.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:9002');
    expect(actual.headers.get('access-control-allow-credentials')).toBe('true');
    expect(actual.headers.get('vary')).toMatch(/Origin/i);
  });

  it('grants nothing to unlisted or look-alike origins', async () => {
    for (const origin of [
      'https://evil.test',
      'null',
      'http://localhost:9000.evil.test',
      'http://localhost:9009',
      'https://localhost:9000',
    ]) {
      const pre = await preflight(origin);
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      const actual = await t.api(`${API}/auth/user`, { headers: { origin } });
      expect(actual.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('the outbox gets no CORS grant, the info route does', async () => {
    const outbox = await fetch(`${t.url}/_emulator/v1/outbox`, { headers: { origin: 'http://localhost:9000' } });
    expect(outbox.status).toBe(200);
    expect(outbox.headers.get('access-control-allow-origin')).toBeNull();
    const info = await fetch(`${t.url}/_emulator/v1/info`, { headers: { origin: 'http://localhost:9000' } });
    expect(info.headers.get('access-control-allow-origin')).toBe('http://localhost:9000');
    expect(await info.json()).toMatchObject({ name: 'altogic-local', outboxUrl: `${t.url}/_emulator/outbox` });
  });

  it('a preflight of the outbox gets no grant; an API preflight is answered 204 without a client key, cached 10 minutes', async () => {
    const closed = await preflight('http://localhost:9000', '/_emulator/v1/outbox');
    expect(closed.status).toBeGreaterThanOrEqual(400);
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
    expect(closed.headers.get('access-control-allow-methods')).toBeNull();
    const open = await preflight('http://localhost:9000');
    expect(open.status).toBe(204);
    expect(open.headers.get('access-control-max-age')).toBe('600');
    expect(open.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('--allowed-origins replaces the default list', async () => {
    const custom = await startTestServer({ allowedOrigins: ['https://portal.example'] });
    try {
      const ok = await fetch(`${custom.url}${API}/auth/user`, { headers: { origin: 'https://portal.example', 'x-client-key': 'k' } });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://portal.example');
      const old = await fetch(`${custom.url}${API}/auth/user`, { headers: { origin: 'http://localhost:9000', 'x-client-key': 'k' } });
      expect(old.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await custom.close();
    }
  });
});

describe('configured client keys', () => {
  it('accepts only the listed keys', async () => {
    const t = await startTestServer({ clientKeys: ['key-one', 'key-two'] });
    try {
      const bad = await fetch(`${t.url}${API}/auth/user`, { headers: { 'x-client-key': 'test-client-key' } });
      await expectErrorShape(bad, 401, 'invalid_client_key');
      const good = await fetch(`${t.url}${API}/auth/user`, { headers: { 'x-client-key': 'key-two' } });
      await expectErrorShape(good, 401, 'missing_session_token');
    } finally {
      await t.close();
    }
  });

  it('a percent-encoded API path (the router decodes it) still needs a listed key', async () => {
    const t = await startTestServer({ clientKeys: ['key-one'] });
    try {
      // `/%5Fapi/…` and `/_api/rest/v1/auth/%75ser` route to the same handlers as the plain paths
      for (const path of ['/%5Fapi/rest/v1/auth/user', '/_api/rest/%761/auth/user', `${API}/auth/%75ser`]) {
        for (const key of [undefined, 'not-a-listed-key']) {
          const response = await fetch(`${t.url}${path}`, { headers: key ? { 'x-client-key': key } : {} });
          await expectErrorShape(response, 401, 'invalid_client_key');
        }
      }
      const signIn = await fetch(`${t.url}/%5Fapi/rest/v1/auth/signin-email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'a@example.test', password: PASSWORD }),
      });
      await expectErrorShape(signIn, 401, 'invalid_client_key');
    } finally {
      await t.close();
    }
  });
});

describe('unexpected failures', () => {
  it('answer 500 internal_error in the Altogic shape, with no internals, and are logged', async () => {
    const lines: string[] = [];
    const t = await startTestServer({ log: (line) => lines.push(line) });
    try {
      await t.server.store.db.destroy(); // the database goes away under the running server
      const response = await t.api(`${API}/auth/signin-email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'a@x.test', password: PASSWORD }),
      });
      await expectErrorShape(response, 500, 'internal_error');
      expect(lines.some((line) => line.startsWith('error POST /_api/rest/v1/auth/signin-email'))).toBe(true);
    } finally {
      await t.close();
    }
  });
});
