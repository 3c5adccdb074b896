// Upload bodies: the session is checked before a body is read; JSON bodies have the JSON limit (S12, S13).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngBytes, startTestServer, verifiedUser, type TestServer } from '../../testing/harness.ts';
import { answerBeforeBody } from '../../testing/partial-body.ts';

const API = '/_api/rest/v1';
const MiB = 1024 * 1024;

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

describe('upload quotas', () => {
  const KiB = 1024;
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ uploadQuotaPerUserBytes: 250 * KiB, uploadQuotaTotalBytes: 350 * KiB });
  });
  afterAll(() => t.close());

  const file = () => new Blob([pngBytes(4, 4, 100 * KiB)]);

  it('refuses an upload past the per-user quota until the user deletes a file; a replace counts the difference', async () => {
    const { client } = await verifiedUser(t);
    const bucket = client.storage.bucket('root');
    const first = await bucket.upload('one.png', file());
    expect(first.errors).toBeNull();
    expect((await bucket.upload('two.png', file())).errors).toBeNull();
    const third = await bucket.upload('three.png', file());
    expect(third.errors).toMatchObject({ status: 413, items: [{ code: 'storage_quota_exceeded' }] });
    // replacing a file with one of the same size stays within the quota
    expect((await bucket.file('one.png').replace(file(), {} as never)).errors).toBeNull();
    expect((await bucket.file('two.png').delete()).errors).toBeNull();
    expect((await bucket.upload('three.png', file())).errors).toBeNull();
    // the 250 KiB quota is used by 200 KiB; the last 100 KiB file does not fit anymore
    expect((await bucket.upload('four.png', file())).errors?.items[0]?.code).toBe('storage_quota_exceeded');
  });

  it('refuses an upload past the total quota of all users', async () => {
    const { client } = await verifiedUser(t);
    // the first test left 200 KiB; this user's first 100 KiB fills 300 of the 350 KiB
    expect((await client.storage.bucket('root').upload('a.png', file())).errors).toBeNull();
    const over = await client.storage.bucket('root').upload('b.png', file());
    expect(over.errors).toMatchObject({ status: 413, items: [{ code: 'storage_quota_exceeded' }] });
  });
});
