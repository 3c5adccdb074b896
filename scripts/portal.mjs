#!/usr/bin/env node
/**
 * `npm start` / `npm test` on a machine that has only Node and npm: bring in pnpm 10, install the workspace
 * when needed, then start the composed portal (building it first unless nothing changed since the last build:
 * scripts/build-stamp.mjs) or run every test.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildIsCurrent } from './build-stamp.mjs';
import { exitIfBusy, portsFor } from './ports.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const command = process.argv[2];
const rest = process.argv.slice(3);

function has(cmd) {
  try {
    execSync(`${cmd} --version`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function pnpmCommand() {
  if (has('pnpm') && /^10\./.test(execSync('pnpm --version').toString().trim())) return ['pnpm'];
  console.log('[portal] pnpm 10 not found: using it through npx (pnpm@10).');
  return ['npx', '--yes', 'pnpm@10'];
}

function run(argv, options = {}) {
  const result = spawnSync(argv[0], argv.slice(1), { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function ensureInstalled(pnpm) {
  const marker = `${root}/node_modules/.modules.yaml`;
  const lock = `${root}/pnpm-lock.yaml`;
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('[portal] installing the workspace (first run compiles better-sqlite3, about a minute)...');
  run([...pnpm, 'install', '--frozen-lockfile']);
}

function ensureChromium() {
  if (existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) return;
  const canApt = process.getuid?.() === 0 && has('apt-get');
  if (!canApt) {
    console.error(
      '[portal] Chromium is needed for the end-to-end tests. Install Debian\'s "chromium" package (apt-get install chromium) or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  console.log("[portal] installing Debian's chromium with apt-get...");
  run(['bash', '-c', 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium']);
}

const pnpm = pnpmCommand();
ensureInstalled(pnpm);
switch (command) {
  case 'start':
    // A busy port is said before a minute of building, not after.
    await exitIfBusy(portsFor(rest));
    if (buildIsCurrent(root)) console.log('[portal] nothing changed since the last build: serving it (`pnpm build` builds anyway).');
    else run([...pnpm, 'run', 'build']);
    run(['node', 'scripts/serve.mjs', ...rest]);
    break;
  case 'test':
    ensureChromium();
    run([...pnpm, 'run', 'test:all', ...rest]);
    break;
  default:
    console.error('usage: node scripts/portal.mjs start|test');
    process.exit(2);
}
