import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { supervise } from './supervise.mjs';

/** A child that crashes on its first `crashes` runs (counted in a file), then prints "ready" and stays up. */
const FLAKY = `
const fs = require('node:fs');
const file = process.argv[1];
const runs = fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) + 1 : 1;
fs.writeFileSync(file, String(runs));
if (runs <= Number(process.argv[2])) process.exit(Number(process.argv[3] ?? 3));
console.log('ready');
setInterval(() => {}, 1 << 30);
`;

function flaky(counterFile, crashes, onReady, exitCode = 3) {
  return () => {
    const args = ['-e', FLAKY, counterFile, String(crashes), String(exitCode)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (data) => String(data).includes('ready') && onReady(child));
    return child;
  };
}

test('a crashed part is restarted with a growing delay and a log line, not left down', { timeout: 20_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'supervise-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const lines = [];
  let gaveUp = false;
  let readyChild;
  const ready = new Promise((resolve) => (readyChild = resolve));
  const supervisor = supervise({
    name: 'auth-mfe',
    start: flaky(join(dir, 'runs'), 2, readyChild),
    log: (line) => lines.push(line),
    onGiveUp: () => (gaveUp = true),
    firstDelayMs: 1,
  });
  const child = await ready;
  assert.deepEqual(lines, [
    '[portal] auth-mfe stopped (3); restarting in 1 ms (restart 1 of 5 in a row).',
    '[portal] auth-mfe stopped (3); restarting in 2 ms (restart 2 of 5 in a row).',
  ]);
  assert.equal(gaveUp, false);
  const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  supervisor.stop();
  assert.equal(await exited, 'SIGTERM');
  assert.equal(lines.length, 2, 'a stopped part is not restarted');
});

test('a part that keeps crashing is given up after the restarts allowed in a row', { timeout: 20_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'supervise-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const lines = [];
  await new Promise((resolve) => {
    supervise({
      name: 'root-config',
      start: flaky(join(dir, 'runs'), Infinity, () => {}),
      log: (line) => lines.push(line),
      onGiveUp: resolve,
      firstDelayMs: 1,
      maxRestarts: 3,
    });
  });
  assert.equal(lines.length, 4);
  assert.equal(lines[2], '[portal] root-config stopped (3); restarting in 4 ms (restart 3 of 3 in a row).');
  assert.equal(lines[3], '[portal] root-config stopped (3) after 3 restarts in a row; giving up.');
});

test('a part that exits with a usage error (2) is given up at once', { timeout: 20_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'supervise-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const lines = [];
  await new Promise((resolve) => {
    supervise({
      name: 'altogic-local',
      start: flaky(join(dir, 'runs'), Infinity, () => {}, 2),
      log: (line) => lines.push(line),
      onGiveUp: resolve,
    });
  });
  assert.deepEqual(lines, ['[portal] altogic-local stopped (2): its configuration is wrong; giving up.']);
});
