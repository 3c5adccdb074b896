// Auth routes that need a session check it when the request arrives, before the body is read or parsed: an
// anonymous caller cannot make the server read and parse a JSON body of up to 1 MiB (S12).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, verifiedUser, type TestServer } from '../../testing/harness.ts';
import { answerBeforeBody } from '../../testing/partial-body.ts';

const API = '/_api/rest/v1';
const MiB = 1024 * 1024;
const SESSION_ROUTES = ['/auth/change-pwd', '/auth/change-email', '/auth/signout', '/auth/signout-all', '/auth/signout-all-except'];

describe('session before body, auth routes', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it.each(SESSION_ROUTES)('%s refuses an anonymous body unparsed, and answers before reading it', async (path) => {
    // a body that is not JSON: parsed first, it would be refused with 400
    const garbage = await t.api(`${API}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{'.repeat(1024),
    });
    expect(garbage.status).toBe(401);
    expect(await answerBeforeBody(t.url, `${API}${path}`, 'application/json', MiB - 1)).toBe(401);
    expect(await answerBeforeBody(t.url, `${API}${path}`, 'application/json', MiB - 1, 'not-a-session')).toBe(401);
  });

  it('a signed-in caller still has its body read and checked', async () => {
    const { token } = await verifiedUser(t);
    const garbage = await t.api(`${API}/auth/change-pwd`, {
      method: 'POST',
      session: token,
      headers: { 'content-type': 'application/json' },
      body: '{'.repeat(1024),
    });
    expect(garbage.status).toBe(400);
    const wrongShape = await t.api(`${API}/auth/change-email`, {
      method: 'POST',
      session: token,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ newEmail: 42 }),
    });
    expect(wrongShape.status).toBe(400);
  });
});
