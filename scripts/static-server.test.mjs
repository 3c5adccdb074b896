import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createStaticServer, fileInRoot } from './static-server.mjs';

/** A raw GET: the path goes on the wire exactly as written (fetch would normalise it). */
function get(port, path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the root prefix check needs a separator: a sibling folder is outside the root', () => {
  assert.equal(fileInRoot('/srv/dist', '/../dist-private/secret.txt'), null);
  assert.equal(fileInRoot('/srv/dist', '/../dist'), '/srv/dist');
  assert.equal(fileInRoot('/srv/dist', '/app.js'), '/srv/dist/app.js');
});

test('the command-line server survives GET /% and keeps serving', { timeout: 20_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'static-server-cli-'));
  writeFileSync(join(dir, 'app.js'), 'export {};');
  const script = fileURLToPath(new URL('./static-server.mjs', import.meta.url));
  const child = spawn(process.execPath, [script, '--dir', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  t.after(() => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  });
  const [line] = await once(createInterface({ input: child.stdout }), 'line');
  const port = Number(/:(\d+)$/.exec(line)[1]);
  assert.equal((await get(port, '/%')).status, 400);
  assert.equal(child.exitCode, null);
  assert.equal((await get(port, '/app.js')).status, 200);
});

describe('static server: hostile paths', { timeout: 20_000 }, () => {
  let base;
  let server;
  let port;

  before(async () => {
    base = mkdtempSync(join(tmpdir(), 'static-server-'));
    mkdirSync(join(base, 'dist'));
    mkdirSync(join(base, 'dist-private'));
    writeFileSync(join(base, 'dist', 'index.html'), '<!doctype html><title>portal</title>');
    writeFileSync(join(base, 'dist', 'app.js'), 'export {};');
    writeFileSync(join(base, 'dist-private', 'secret.txt'), 'private key material');
    writeFileSync(join(base, 'secret.txt'), 'outside the root');
    server = createStaticServer({ dir: join(base, 'dist'), spa: true });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = server.address().port;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(base, { recursive: true, force: true });
  });

  test('a malformed percent-encoding gets 400 and the server keeps serving', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/app.js%zz']) {
      assert.equal((await get(port, path)).status, 400, path);
    }
    const next = await get(port, '/app.js');
    assert.equal(next.status, 200);
    assert.equal(next.body, 'export {};');
  });

  test('a sibling folder that shares the root as a prefix is never served', async () => {
    for (const path of ['/..%2fdist-private/secret.txt', '/..%2Fdist-private%2Fsecret.txt', '/%2e%2e/dist-private/secret.txt']) {
      const res = await get(port, path);
      assert.ok(res.status === 400 || res.status === 404, `${path}: ${res.status}`);
      assert.doesNotMatch(res.body, /private key material/, path);
    }
  });

  test('encoded dot segments are refused, single or double encoded, in either case', async () => {
    for (const path of [
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/.%2e/secret.txt',
      '/%2e/app.js',
      '/%252e%252e/secret.txt',
      '/%252E%252E%252Fsecret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const res = await get(port, path);
      assert.equal(res.status, 400, path);
      assert.doesNotMatch(res.body, /outside the root/, path);
    }
  });

  test('NUL bytes and non-origin-form targets are refused', async () => {
    assert.equal((await get(port, '/app.js%00.html')).status, 400);
    assert.equal((await get(port, '//')).status, 400);
  });

  test('ordinary paths still work: files, the SPA fallback, a missing asset', async () => {
    assert.equal((await get(port, '/app.js?v=1')).status, 200);
    assert.equal((await get(port, '/')).status, 200);
    const deep = await get(port, '/profile/settings');
    assert.equal(deep.status, 200);
    assert.match(deep.body, /portal/);
    assert.equal((await get(port, '/missing.js')).status, 404);
  });
});
