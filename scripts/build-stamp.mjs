#!/usr/bin/env node
/**
 * Whether the build is current: `pnpm build` ends with `node scripts/build-stamp.mjs write`, which stores a hash of
 * every source file the build reads; `npm start` builds only when the hash of the sources differs from it (or a
 * dist/ folder is missing). The hash is of contents, so a checkout that only touches timestamps builds nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The packages the build reads (their dist/ is the output of the first five), and the workspace's own files. */
export const BUILT = ['shared-auth', 'auth-mfe', 'profile-mfe', 'root-config', 'examples/host-app-tests'];
const SOURCES = [...BUILT, 'portal-contract', 'portal-build', 'portal-ui', 'single-spa-solid'];
const WORKSPACE_FILES = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'tsconfig.base.json'];
const SKIPPED = new Set(['node_modules', 'dist', 'test-results', 'playwright-report']);
export const STAMP = 'node_modules/.portal-build-stamp';

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** A hash of the paths and contents of every source file of the build under `root`. */
export function sourceHash(root) {
  const paths = [...SOURCES.flatMap((dir) => [...files(join(root, dir))]), ...WORKSPACE_FILES.map((name) => join(root, name))];
  const hash = createHash('sha256');
  for (const path of paths.filter(existsSync).sort())
    hash
      .update(`${relative(root, path)}\0`)
      .update(readFileSync(path))
      .update('\0');
  return hash.digest('hex');
}

/** True when every part has a dist/ and the sources are those of the last `write`. */
export function buildIsCurrent(root) {
  const stamp = join(root, STAMP);
  if (!existsSync(stamp) || BUILT.some((dir) => !existsSync(join(root, dir, 'dist')))) return false;
  return readFileSync(stamp, 'utf8').trim() === sourceHash(root);
}

export function writeStamp(root) {
  const stamp = join(root, STAMP);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${sourceHash(root)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'write') {
  writeStamp(fileURLToPath(new URL('..', import.meta.url)));
}
