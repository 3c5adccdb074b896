// Storage through the real client (fetch and XHR transports, JSON-stringified bodies), hostile uploads, serving.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pngBytes, startTestServer, verifiedUser, type TestServer } from '../../testing/harness.ts';

interface FileMeta {
  _id: string;
  bucketId: string;
  fileName: string;
  size: number;
  mimeType: string;
  publicPath: string;
  isPublic: boolean;
  userId: string;
  tags: string[];
}

const MiB = 1024 * 1024;

/**
 * A browser-like XMLHttpRequest over Node's fetch, as far as the client's upload path uses it: open,
 * setRequestHeader, withCredentials, upload.onprogress, send, then status/statusText/response and onload.
 */
class FetchXMLHttpRequest {
  static lastRequestHeaders: Record<string, string> = {};
  status = 0;
  statusText = '';
  response = '';
  withCredentials = false;
  upload: { onprogress: ((e: { loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  private method = 'GET';
  private url = '';
  private readonly headers: Record<string, string> = {};
  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }
  send(body: FormData): void {
    FetchXMLHttpRequest.lastRequestHeaders = { ...this.headers };
    fetch(this.url, { method: this.method, headers: this.headers, body }).then(
      async (res) => {
        this.upload.onprogress?.({ loaded: 100, total: 100 });
        this.status = res.status;
        this.statusText = res.statusText;
        this.response = await res.text();
        this.onload?.();
      },
      (error) => this.onerror?.(error),
    );
  }
}

describe('storage', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());
  afterEach(() => {
    delete (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest;
  });

  it('uploads a Blob (fetch path) and serves it at publicPath with safe, long-cached headers', async () => {
    const { client, userId } = await verifiedUser(t);
    const bytes = pngBytes(2, 3);
    const { data, errors } = await client.storage.bucket('root').upload(`user_${userId}`, new Blob([bytes], { type: 'text/plain' }));
    expect(errors).toBeNull();
    const file = data as FileMeta;
    expect(file).toMatchObject({
      bucketId: 'root',
      size: bytes.length,
      mimeType: 'image/png',
      isPublic: true,
      userId,
      tags: [],
      encoding: '7bit',
    });
    expect(file.fileName).toBe(`user_${userId}.png`);
    expect(file.publicPath.startsWith(`${t.url}/_storage/root/`)).toBe(true);

    const served = await fetch(file.publicPath);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(served.headers.get('content-disposition')).toMatch(/^inline; filename=/);
    expect(served.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('the XHR path (onProgress in a browser) gets status 200 and reports progress', async () => {
    (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = FetchXMLHttpRequest;
    const { client, userId } = await verifiedUser(t);
    const progress: number[] = [];
    const result = await client.storage.bucket('root').upload(`avatar_${userId}`, new Blob([pngBytes()]), {
      onProgress: (_loaded: number, _total: number, percent: number) => progress.push(percent),
    } as never);
    expect(result.errors).toBeNull();
    expect((result.data as FileMeta).mimeType).toBe('image/png');
    expect(progress).toEqual([100]);
    expect(FetchXMLHttpRequest.lastRequestHeaders['Session']).toBeTruthy();
  });

  it('the XHR path gets JSON errors it can parse (415 for SVG)', async () => {
    (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = FetchXMLHttpRequest;
    const { client } = await verifiedUser(t);
    const svg = new Blob(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'], { type: 'image/png' });
    const result = await client.storage.bucket('root').upload('evil.png', svg, { onProgress: () => {} } as never);
    expect(result.errors).toMatchObject({ status: 415, items: [{ code: 'content_type_error' }] });
  });

  it('a FormData under any field name works, and the stored name comes from fileName', async () => {
    const { client } = await verifiedUser(t);
    const form = new FormData();
    form.append('picture', new Blob([pngBytes()]), 'original-name.png');
    const { data, errors } = await client.storage.bucket('root').upload('chosen.png', form);
    expect(errors).toBeNull();
    expect((data as FileMeta).fileName).toBe('chosen.png');
  });

  it('the same name twice gives two unique names and two URLs with each content', async () => {
    const { client } = await verifiedUser(t);
    const first = (await client.storage.bucket('root').upload('same.png', new Blob([pngBytes(1, 1)]))).data as FileMeta;
    const second = (await client.storage.bucket('root').upload('same.png', new Blob([pngBytes(5, 5)]))).data as FileMeta;
    expect(second.fileName).not.toBe(first.fileName);
    expect(second.publicPath).not.toBe(first.publicPath);
    const body = Buffer.from(await (await fetch(second.publicPath)).arrayBuffer());
    expect(body.equals(pngBytes(5, 5))).toBe(true);
  });

  it('upload-object decodes the JSON-stringified Buffer form', async () => {
    const { client } = await verifiedUser(t);
    const { data, errors } = await client.storage
      .bucket('root')
      .upload('buffer.png', pngBytes(4, 4), { contentType: 'image/png' } as never);
    expect(errors).toBeNull();
    expect((data as FileMeta).size).toBe(pngBytes(4, 4).length);
    const refused = await client.storage
      .bucket('root')
      .upload('lost.png', new Uint8Array(pngBytes()).buffer, { contentType: 'image/png' } as never);
    expect(refused.errors).toMatchObject({ status: 400, items: [{ code: 'validation_error' }] });
    const text = await client.storage.bucket('root').upload('text.png', 'hello', { contentType: 'image/png' } as never);
    expect(text.errors?.status).toBe(415);
  });

  it('refuses SVG, HTML and other types by content, whatever the declared type', async () => {
    const { client } = await verifiedUser(t);
    const cases = [
      new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], { type: 'image/svg+xml' }),
      new Blob(['<!doctype html><script>alert(1)</script>'], { type: 'image/jpeg' }),
      new Blob(['%PDF-1.4'], { type: 'image/png' }),
    ];
    for (const blob of cases) {
      const { errors } = await client.storage.bucket('root').upload('x.png', blob);
      expect(errors).toMatchObject({ status: 415, items: [{ code: 'content_type_error' }] });
    }
    const empty = await client.storage.bucket('root').upload('x.png', new Blob([]));
    expect(empty.errors?.status).toBe(400);
    const huge = await client.storage.bucket('root').upload('x.png', new Blob([pngBytes(50_000, 50_000)]));
    expect(huge.errors?.status).toBe(400);
  });

  it('accepts 5 MiB and refuses 6 MiB with 413', async () => {
    const { client } = await verifiedUser(t);
    const atLimit = await client.storage.bucket('root').upload('big.png', new Blob([pngBytes(10, 10, 5 * MiB)]));
    expect(atLimit.errors).toBeNull();
    const over = await client.storage.bucket('root').upload('bigger.png', new Blob([pngBytes(10, 10, 6 * MiB)]));
    expect(over.errors).toMatchObject({ status: 413, items: [{ code: 'payload_too_large' }] });
    const overRaw = await client.storage
      .bucket('root')
      .upload('bigger.png', pngBytes(10, 10, 5 * MiB + 1), { contentType: 'image/png' } as never);
    expect(overRaw.errors?.status).toBe(413);
  });

  it('path-like names stay metadata: sanitised, never a path', async () => {
    const { client } = await verifiedUser(t);
    for (const name of ['../../../../tmp/pwn', '..\\..\\x', 'a\u0000.png', '"><img src=x onerror=alert(1)>.png']) {
      const { data, errors } = await client.storage.bucket('root').upload(name, new Blob([pngBytes()]));
      expect(errors).toBeNull();
      const file = data as FileMeta;
      // eslint-disable-next-line no-control-regex -- refusing control characters is the point
      expect(file.fileName).not.toMatch(/[/\\\u0000<>"]|\.\./);
      expect(new URL(file.publicPath).pathname).toMatch(/^\/_storage\/root\/[a-f0-9]{24}$/);
    }
  });

  it('replace keeps the name, serves the new content at a new URL, and is the owner’s only', async () => {
    const alice = await verifiedUser(t);
    const bob = await verifiedUser(t);
    const original = (await alice.client.storage.bucket('root').upload('avatar.png', new Blob([pngBytes(1, 1)]))).data as FileMeta;
    const replaced = await alice.client.storage
      .bucket('root')
      .file(original.fileName)
      .replace(new Blob([pngBytes(9, 9)]), {} as never);
    expect(replaced.errors).toBeNull();
    const file = replaced.data as FileMeta;
    expect(file.fileName).toBe(original.fileName);
    expect(file.publicPath).not.toBe(original.publicPath);
    expect(Buffer.from(await (await fetch(file.publicPath)).arrayBuffer()).equals(pngBytes(9, 9))).toBe(true);
    expect((await fetch(original.publicPath)).status).toBe(404);
    const asObject = await alice.client.storage
      .bucket('root')
      .file(file._id)
      .replace(pngBytes(2, 2), { contentType: 'image/png' } as never);
    expect(asObject.errors).toBeNull();
    const foreign = await bob.client.storage
      .bucket('root')
      .file(original.fileName)
      .replace(new Blob([pngBytes()]), {} as never);
    expect(foreign.errors?.status).toBe(404);
    const svg = await alice.client.storage
      .bucket('root')
      .file(original.fileName)
      .replace(new Blob(['<svg/>']), {} as never);
    expect(svg.errors?.status).toBe(415);
  });

  it('upload-object also takes a raw image body with its real type, within the same limit', async () => {
    const { token } = await verifiedUser(t);
    const raw = (body: Buffer) =>
      t.api('/_api/rest/v1/storage/bucket/upload-object?bucket=root&fileName=raw.png', {
        method: 'POST',
        session: token,
        headers: { 'content-type': 'image/png' },
        body,
      });
    const ok = await raw(pngBytes(6, 6));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ mimeType: 'image/png', size: pngBytes(6, 6).length });
    const big = await raw(pngBytes(6, 6, 6 * MiB));
    expect(big.status).toBe(413);
    // the raw parser is scoped to storage: JSON routes still refuse image bodies
    const elsewhere = await t.api('/_api/rest/v1/auth/signin-email', {
      method: 'POST',
      headers: { 'content-type': 'image/png' },
      body: pngBytes(),
    });
    expect(elsewhere.status).toBe(415);
  });

  it('the owner deletes a file; others cannot; deleted files are gone', async () => {
    const alice = await verifiedUser(t);
    const bob = await verifiedUser(t);
    const file = (await alice.client.storage.bucket('root').upload('mine.png', new Blob([pngBytes()]))).data as FileMeta;
    const foreign = await bob.client.storage.bucket('root').file(file.fileName).delete();
    expect(foreign.errors).toMatchObject({ status: 404, items: [{ code: 'file_not_found' }] });
    expect((await fetch(file.publicPath)).status).toBe(200);
    expect((await alice.client.storage.bucket('root').file(file.fileName).delete()).errors).toBeNull();
    const gone = await fetch(file.publicPath);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ errors: [{ code: 'file_not_found' }] });
    expect((await alice.client.storage.bucket('root').file(file._id).delete()).errors?.status).toBe(404);
  });

  it("another user's file answers exactly like a missing one (no 403/404 oracle on names)", async () => {
    const alice = await verifiedUser(t);
    const bob = await verifiedUser(t);
    await alice.client.storage.bucket('root').upload('private-name.png', new Blob([pngBytes()]), { isPublic: false } as never);
    const ask = async (route: string, file: string) => {
      const response = await t.api(`/_api/rest/v1/storage/bucket/file/${route}`, {
        method: 'POST',
        session: bob.token,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ bucket: 'root', file }),
      });
      return { status: response.status, body: await response.text() };
    };
    for (const route of ['get', 'download', 'delete']) {
      expect(await ask(route, 'private-name.png'), route).toEqual(await ask(route, 'no-such-name.png'));
      expect((await ask(route, 'private-name.png')).status, route).toBe(404);
    }
  });

  it("exists tells nothing about another user's file names, public or not; a public file answers by its id", async () => {
    const alice = await verifiedUser(t);
    const bob = await verifiedUser(t);
    const bucket = (client: typeof alice.client) => client.storage.bucket('root');
    const uploaded = await bucket(alice.client).upload('holiday-in-rome.png', new Blob([pngBytes()]));
    const file = uploaded.data as { _id: string; fileName: string };
    await bucket(alice.client).upload('private-scan.png', new Blob([pngBytes()]), { isPublic: false } as never);
    for (const name of [file.fileName, 'private-scan.png']) {
      expect(await bucket(bob.client).file(name).exists(), name).toEqual(await bucket(bob.client).file('no-such-name.png').exists());
      expect((await bucket(alice.client).file(name).exists()).data, name).toBe(true);
    }
    // the id is in the public URL anyway
    expect((await bucket(bob.client).file(file._id).exists()).data).toBe(true);
  });

  it('uploads need a session and an existing bucket', async () => {
    const anon = await t
      .client()
      .storage.bucket('root')
      .upload('x.png', new Blob([pngBytes()]));
    expect(anon.errors).toMatchObject({ status: 401, items: [{ code: 'missing_session_token' }] });
    const { client } = await verifiedUser(t);
    const other = await client.storage.bucket('photos').upload('x.png', new Blob([pngBytes()]));
    expect(other.errors?.items[0]?.code).toBe('bucket_not_found');
  });

  it('the public route does not list, traverse or serve unknown ids', async () => {
    for (const path of [
      '/_storage/root/',
      '/_storage/root/..%2f..%2fetc%2fpasswd',
      '/_storage/root/ffffffffffffffffffffffff',
      '/_storage/../package.json',
    ]) {
      const response = await fetch(`${t.url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toHaveProperty('errors');
    }
  });
});
