// node --test scripts/: the static server's content negotiation (compression.mjs) through a real server.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { acceptedEncodings } from './compression.mjs';
import { createStaticServer } from './static-server.mjs';

describe('acceptedEncodings', () => {
  const names = (header) => acceptedEncodings(header).map((e) => e.encoding);
  test('prefers brotli, then gzip, whatever order the client lists them in', () => {
    assert.deepEqual(names('gzip, deflate, br, zstd'), ['br', 'gzip']);
    assert.deepEqual(names('gzip;q=1.0, br;q=0.1'), ['br', 'gzip']);
  });
  test('q=0 refuses a coding, also one the wildcard would take', () => {
    assert.deepEqual(names('br;q=0, gzip'), ['gzip']);
    assert.deepEqual(names('*, br;q=0'), ['gzip']);
    assert.deepEqual(names('*;q=0'), []);
  });
  test('no header or only identity: the file as built', () => {
    assert.deepEqual(names(undefined), []);
    assert.deepEqual(names(''), []);
    assert.deepEqual(names('identity'), []);
  });
  test('x-gzip and letter case', () => {
    assert.deepEqual(names('X-GZIP'), ['gzip']);
    assert.deepEqual(names('BR'), ['br']);
  });
});

describe('static server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-compression-'));
  const script = 'export const answer = 42;\n'.repeat(20);
  let server;
  let port;

  before(async () => {
    writeFileSync(join(dir, 'chunk-abc.js'), script);
    writeFileSync(join(dir, 'chunk-abc.js.br'), brotliCompressSync(script));
    writeFileSync(join(dir, 'chunk-abc.js.gz'), gzipSync(script));
    // a file edited after the build: its compressed copies are older and must not be served
    writeFileSync(join(dir, 'portal.config.json.gz'), gzipSync('{"stale":true}'));
    writeFileSync(join(dir, 'portal.config.json'), '{"fresh":true}');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'portal.config.json.gz'), past, past);
    writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(join(dir, 'logo.png.gz'), gzipSync('not served'));
    server = createStaticServer({ dir, corsOrigins: ['http://portal.test'] });
    await new Promise((resolve) => server.listen(0, resolve));
    port = server.address().port;
  });
  after(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path, headers = {}) =>
    new Promise((resolve, reject) => {
      request({ port, path, headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });

  test('brotli to a browser, with the type and caching of the file itself', async () => {
    const res = await get('/chunk-abc.js', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(res.headers['content-encoding'], 'br');
    assert.equal(res.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(res.headers.vary, 'Accept-Encoding');
    assert.equal(Number(res.headers['content-length']), res.body.length);
    assert.equal(brotliDecompressSync(res.body).toString(), script);
  });

  test('gzip when brotli is not accepted', async () => {
    const res = await get('/chunk-abc.js', { 'accept-encoding': 'gzip' });
    assert.equal(res.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(res.body).toString(), script);
  });

  test('the file as built without Accept-Encoding, still varying on it', async () => {
    const res = await get('/chunk-abc.js');
    assert.equal(res.headers['content-encoding'], undefined);
    assert.equal(res.headers.vary, 'Accept-Encoding');
    assert.equal(res.body.toString(), script);
  });

  test('Vary keeps Origin for a CORS response', async () => {
    const res = await get('/chunk-abc.js', { origin: 'http://portal.test', 'accept-encoding': 'br' });
    assert.equal(res.headers['access-control-allow-origin'], 'http://portal.test');
    assert.deepEqual(res.headers.vary.split(', ').sort(), ['Accept-Encoding', 'Origin']);
  });

  test('a compressed copy older than its file is never served', async () => {
    const res = await get('/portal.config.json', { 'accept-encoding': 'gzip' });
    assert.equal(res.headers['content-encoding'], undefined);
    assert.equal(res.headers['cache-control'], 'no-cache');
    assert.equal(res.body.toString(), '{"fresh":true}');
  });

  test('binary types are sent as they are, without Vary', async () => {
    const res = await get('/logo.png', { 'accept-encoding': 'gzip' });
    assert.equal(res.headers['content-encoding'], undefined);
    assert.equal(res.headers.vary, undefined);
    assert.equal(res.body.length, 4);
  });
});
