// R4: no 5xx under hostile input. Every API route × odd bodies and queries, with and without a session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, verifiedUser, type TestServer } from './testing/harness.ts';

const API = '/_api/rest/v1';
const ROUTES: Array<[method: 'GET' | 'POST', path: string]> = [
  ['POST', '/auth/signup-email'],
  ['POST', '/auth/signin-email'],
  ['GET', '/auth/sessions'],
  ['GET', '/auth/user'],
  ['POST', '/auth/change-pwd'],
  ['GET', '/auth/grant'],
  ['POST', '/auth/resend'],
  ['POST', '/auth/send-magic'],
  ['POST', '/auth/send-reset'],
  ['POST', '/auth/reset-pwd'],
  ['POST', '/auth/change-email'],
  ['POST', '/db/object/get'],
  ['POST', '/db/object/update'],
  ['POST', '/db/object/update-fields'],
  ['POST', '/db/object/create'],
  ['POST', '/db/object/delete'],
  ['POST', '/storage/bucket/upload-formdata'],
  ['POST', '/storage/bucket/upload-object'],
  ['POST', '/storage/bucket/file/delete'],
  ['POST', '/storage/bucket/file/exists'],
  ['POST', '/storage/bucket/file/get'],
  ['POST', '/storage/bucket/file/download'],
  ['POST', '/storage/bucket/file/replace-formdata'],
  ['POST', '/storage/bucket/file/replace-object'],
  ['POST', '/storage/bucket/exists'],
  ['POST', '/storage/bucket/get'],
  // last: these end the fuzzing session
  ['POST', '/auth/signout-all-except'],
  ['POST', '/auth/signout'],
  ['POST', '/auth/signout-all'],
];

const BODIES: Array<string | undefined> = [
  undefined,
  '',
  'null',
  '[]',
  '"text"',
  '123',
  '{',
  '{"email":{"$ne":null},"password":["x"],"id":{},"model":[],"values":"x","updates":{},"file":1,"bucket":null,"token":{}}',
  '{"values":{"name":{"a":1}},"model":"users","id":"x","newPassword":1,"oldPassword":null,"currentPassword":[],"newEmail":{}}',
  JSON.stringify({ type: 'Buffer', data: [1, 2, 'x'] }),
  JSON.stringify({ model: 'users', id: 'x'.repeat(5000), updates: [{ field: 'name', updateType: 'set' }] }),
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
];

const QUERIES = [
  '',
  '?email=%zz&key=%00&bucket=root&fileName=..%2f..&options=%7B',
  '?email=a@b.test&email=c@d.test&options=[1]&bucket=root&fileName=x&file=y',
];

describe('fuzz: no 5xx, always the error shape', () => {
  let t: TestServer;
  let token: string;
  beforeAll(async () => {
    t = await startTestServer();
    token = (await verifiedUser(t)).token;
  });
  afterAll(() => t.close());

  it('answers every route × body × query × session with a 2xx or a JSON 4xx', async () => {
    const failures: string[] = [];
    for (const [method, path] of ROUTES) {
      for (const query of QUERIES) {
        for (const body of method === 'GET' ? [undefined] : BODIES) {
          for (const session of [token, 'garbage-session']) {
            const headers: Record<string, string> = {};
            if (body !== undefined) headers['content-type'] = 'application/json';
            const response = await t.api(`${API}${path}${query}`, { method, body, headers, ...(session ? { session } : {}) });
            const text = await response.text();
            const label = `${method} ${path}${query} body=${String(body).slice(0, 30)} session=${session ? 'yes' : 'no'} → ${response.status}`;
            if (response.status >= 500) failures.push(label);
            if (response.status >= 400) {
              try {
                const parsed = JSON.parse(text) as { errors?: Array<{ code?: string }> };
                if (!Array.isArray(parsed.errors) || typeof parsed.errors[0]?.code !== 'string') failures.push(`${label}: bad shape`);
              } catch {
                failures.push(`${label}: not JSON`);
              }
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect((await fetch(`${t.url}/_emulator/v1/health`)).status).toBe(200);
  }, 120_000);
});
