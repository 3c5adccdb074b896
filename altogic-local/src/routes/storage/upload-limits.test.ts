// Upload bodies: the session is checked before a body is read; JSON bodies have the JSON limit (S12, S13).
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngBytes, startTestServer, verifiedUser, type TestServer } from '../../testing/harness.ts';

const API = '/_api/rest/v1';
const MiB = 1024 * 1024;

/**
 * Announces a body of `length` bytes, sends only its first kilobyte and waits for the answer: a server that reads
 * the body before checking the session never answers (the test then fails on its timeout).
 */
function answerBeforeBody(url: string, path: string, contentType: string, length: number, session?: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': contentType, 'content-length': length, 'x-client-key': 'k' };
    if (session) headers['session'] = session;
    const req = request({ host: hostname, port, path, method: 'POST', headers, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    req.write(`{"type":"Buffer","data":[${'1,'.repeat(500)}`);
  });
}

describe('upload bodies', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('an unauthenticated 17 MiB JSON upload is answered 401 before its body is read', async () => {
    const upload = `${API}/storage/bucket/upload-object?bucket=root&fileName=x.png`;
    expect(await answerBeforeBody(t.url, upload, 'application/json', 17 * MiB)).toBe(401);
    expect(await answerBeforeBody(t.url, upload, 'application/json', 17 * MiB, 'not-a-session')).toBe(401);
    const multipart = `${API}/storage/bucket/upload-formdata?bucket=root&fileName=x.png`;
    expect(await answerBeforeBody(t.url, multipart, 'multipart/form-data; boundary=x', 17 * MiB)).toBe(401);
  });

  it('a JSON upload body has the JSON limit; a raw or multipart body the file limit', async () => {
    const { client, token } = await verifiedUser(t);
    const json = await client.storage.bucket('root').upload('a.png', pngBytes(10, 10, 600 * 1024), { contentType: 'image/png' } as never);
    expect(json.errors).toMatchObject({ status: 413, items: [{ code: 'payload_too_large' }] });
    const multipart = await client.storage.bucket('root').upload('b.png', new Blob([pngBytes(10, 10, 4 * MiB)]));
    expect(multipart.errors).toBeNull();
    const raw = await t.api(`${API}/storage/bucket/upload-object?bucket=root&fileName=c.png`, {
      method: 'POST',
      session: token,
      headers: { 'content-type': 'image/png' },
      body: pngBytes(10, 10, 4 * MiB),
    });
    expect(raw.status).toBe(200);
  });
});
