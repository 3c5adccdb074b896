import { test } from 'node:test';
import assert from 'node:assert/strict';
import { manifestReader } from './manifest-reader.mjs';

/** A fetch that answers when the test says so, counting its calls. */
function pendingFetches() {
  const calls = [];
  const fetchJson = (url) =>
    new Promise((resolve, reject) => {
      calls.push({ url, resolve, reject });
    });
  return { calls, fetchJson };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

test('the first read waits for the manifest; reads within maxAge share it without fetching again', async () => {
  const { calls, fetchJson } = pendingFetches();
  const read = manifestReader({ maxAgeMs: 60_000, fetchJson });
  const first = read('http://part/federation-manifest.json');
  const second = read('http://part/federation-manifest.json');
  assert.equal(calls.length, 1);
  calls[0].resolve({ v: 1 });
  assert.deepEqual(await first, { v: 1 });
  assert.deepEqual(await second, { v: 1 });
});

test('an old manifest is answered at once while a fresh one is read in the background, then used', async () => {
  const { calls, fetchJson } = pendingFetches();
  const read = manifestReader({ maxAgeMs: 0, fetchJson });
  const url = 'http://part/federation-manifest.json';
  const first = read(url);
  calls[0].resolve({ v: 1 });
  await first;
  await settled();
  // Stale: the old copy comes back without waiting for the second read, which never answers here yet.
  assert.deepEqual(await read(url), { v: 1 });
  assert.equal(calls.length, 2);
  assert.deepEqual(await read(url), { v: 1 }, 'one refresh at a time');
  assert.equal(calls.length, 2);
  calls[1].resolve({ v: 2 });
  await settled();
  assert.deepEqual(await read(url), { v: 2 });
});

test('a part that does not answer gives null, and later HTML does not wait for it', async () => {
  const { calls, fetchJson } = pendingFetches();
  const read = manifestReader({ maxAgeMs: 0, fetchJson });
  const url = 'http://down/federation-manifest.json';
  const first = read(url);
  calls[0].reject(new Error('timeout'));
  assert.equal(await first, null);
  await settled();
  assert.equal(await read(url), null);
  assert.equal(calls.length, 2, 'read again in the background');
});
