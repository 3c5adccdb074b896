import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { busyPorts, busyMessage, PORTS, portsFor } from './ports.mjs';

/** Occupies a free port (the OS picks it, so no other run's port is touched) until `close`. */
async function occupy() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, resolve));
  return { port: server.address().port, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Runs the start-up check of scripts/serve.mjs and scripts/portal.mjs in a process of its own, on these ports. */
function startWith(ports) {
  const script = `import { exitIfBusy } from './scripts/ports.mjs'; await exitIfBusy(${JSON.stringify(ports)}); console.log('started');`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('..', import.meta.url), encoding: 'utf8' });
}

test('a busy port stops the start with one line naming it and what it is for, a non-zero exit, no stack trace', async (t) => {
  const taken = await occupy();
  t.after(taken.close);
  const free = await occupy();
  await free.close();
  const result = startWith([
    { port: free.port, what: 'auth-mfe' },
    { port: taken.port, what: 'the portal' },
  ]);
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '', 'nothing started');
  assert.match(result.stderr, new RegExp(`^\\[portal\\] Port ${taken.port} is in use \\(the portal\\)\\.\\n`));
  assert.match(result.stderr, /Stop what uses it .*then start again\./);
  assert.doesNotMatch(result.stderr, /EADDRINUSE|\n\s+at /, 'no stack trace');
  assert.doesNotMatch(result.stderr, new RegExp(`Port ${free.port}`));
});

test('free ports let the start go on', async () => {
  const free = await occupy();
  await free.close();
  const result = startWith([{ port: free.port, what: 'the portal' }]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.trim(), 'started');
});

test('every busy port is named; the check covers the five ports, altogic-local only without its own --port', async (t) => {
  const [a, b] = [await occupy(), await occupy()];
  t.after(() => Promise.all([a.close(), b.close()]));
  const busy = await busyPorts([
    { port: a.port, what: 'one' },
    { port: b.port, what: 'two' },
  ]);
  assert.deepEqual(
    busy.map((entry) => entry.what),
    ['one', 'two'],
  );
  assert.match(busyMessage(busy), /Port \d+ is in use \(one\)\.\n.*Port \d+ is in use \(two\)\.\n.*Stop what uses them/s);
  assert.deepEqual(
    PORTS.map((entry) => entry.port),
    [9000, 9001, 9002, 9003, 4000],
  );
  assert.equal(portsFor(['--port', '4100']).length, 4);
  assert.equal(portsFor(['--rate-limits', 'off']).length, 5);
});
