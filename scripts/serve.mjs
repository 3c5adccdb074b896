#!/usr/bin/env node
/**
 * Serves the built portal: altogic-local plus one server per part, each on its own port (docs/architecture.md).
 * Flags after the script name go to altogic-local (e.g. --rate-limits off --data-dir /tmp/x).
 * A part that crashes is restarted with a growing delay and a log line (scripts/supervise.mjs); one that keeps
 * crashing right after its start stops the portal. Stops every child on Ctrl-C or SIGTERM. A port already in use
 * (scripts/ports.mjs) stops it before anything starts, with a line naming the port.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exitIfBusy, portOf, portsFor } from './ports.mjs';
import { supervise } from './supervise.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const backendArgs = process.argv.slice(2);
const portalOrigins = (process.env.PORTAL_ORIGINS ?? 'http://localhost:9000,http://127.0.0.1:9000').split(',');
const parts = [
  { name: 'shared-auth', port: portOf('shared-auth') },
  { name: 'auth-mfe', port: portOf('auth-mfe') },
  { name: 'profile-mfe', port: portOf('profile-mfe') },
  { name: 'root-config', port: portOf('root-config'), spa: true },
];
const supervisors = [];

function start(name, cwd, argv) {
  const prefix = (line) => line && console.log(`[${name}] ${line}`);
  const supervisor = supervise({
    name,
    start: () => {
      const child = spawn(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
      child.stdout.on('data', (d) => String(d).split('\n').forEach(prefix));
      child.stderr.on('data', (d) => String(d).split('\n').forEach(prefix));
      return child;
    },
    onGiveUp: () => stop(1),
  });
  supervisors.push(supervisor);
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const supervisor of supervisors) supervisor.stop();
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// A busy port is one clear line before anything starts.
await exitIfBusy(portsFor(backendArgs));

start('altogic-local', root, ['node', 'altogic-local/bin/altogic-local.mjs', ...backendArgs]);
for (const part of parts) {
  const argv = [
    'node',
    'scripts/static-server.mjs',
    '--dir',
    `${part.name}/dist`,
    '--port',
    String(part.port),
    '--cors',
    portalOrigins.join(','),
  ];
  start(part.name, root, part.spa ? [...argv, '--spa'] : argv);
}

async function waitFor(url) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

await Promise.all(['http://localhost:4000/_emulator/v1/health', 'http://localhost:9000/'].map(waitFor));
console.log(`
  Portal       http://localhost:9000
  Mail outbox  http://localhost:4000/_emulator/outbox
  (Ctrl-C stops everything)
`);
