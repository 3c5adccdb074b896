#!/usr/bin/env node
/**
 * Watch mode: the named parts (default: all) rebuild on change with `vite build --watch` (remotes have no
 * dev-server mode: docs/pitfalls.md #4); the others are built once; then everything is served as by `pnpm start`.
 * Reload the page after a rebuild. `pnpm --filter auth-mfe dev` runs this with just auth-mfe watched.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const parts = {
  'shared-auth': 'remoteEntry.js',
  'auth-mfe': 'remoteEntry.js',
  'profile-mfe': 'remoteEntry.js',
  'root-config': 'index.html',
};
const watched = process.argv.slice(2).filter((arg) => arg in parts);
const watchAll = watched.length === 0;
const children = [];

for (const [part, entry] of Object.entries(parts)) {
  const vite = [`${root}/${part}/node_modules/vite/bin/vite.js`, 'build'];
  if (watchAll || watched.includes(part)) {
    rmSync(`${root}/${part}/dist/${entry}`, { force: true });
    children.push(spawn('node', [...vite, '--watch'], { cwd: `${root}/${part}`, stdio: 'inherit' }));
  } else if (spawnSync('node', vite, { cwd: `${root}/${part}`, stdio: 'inherit' }).status !== 0) {
    process.exit(1);
  }
}

for (const [part, entry] of Object.entries(parts)) {
  while (!existsSync(`${root}/${part}/dist/${entry}`)) await new Promise((r) => setTimeout(r, 300));
}
children.push(spawn('node', ['scripts/serve.mjs', '--email-verification', 'on'], { cwd: root, stdio: 'inherit' }));

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
