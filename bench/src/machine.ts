/** What ran the benchmark: machine, versions, date, commit. Printed at the top of RESULTS.md. */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO } from './servers';

function cpuModel(): string {
  try {
    const match = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) return match[1]!.trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown';
}

/** Version of a package as resolved from one of the workspace's packages. */
function versionOf(pkg: string, from: string): string {
  try {
    const require = createRequire(join(REPO, from, 'package.json'));
    // packages whose exports hide package.json: walk up from the entry point
    let dir = dirname(require.resolve(pkg));
    while (dir !== dirname(dir)) {
      const file = join(dir, 'package.json');
      if (existsSync(file)) {
        const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
        if (json.name === pkg) return json.version;
      }
      dir = dirname(dir);
    }
    return 'not found';
  } catch {
    return 'not found';
  }
}

export function machineInfo(chromiumVersion: string): [string, string][] {
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: REPO, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { cwd: REPO, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    if (dirty) commit += ' (with uncommitted changes)';
  } catch {
    // not a git checkout
  }
  const packages = [
    ['solid-js', 'bench'],
    ['vite', 'bench'],
    ['vite-plugin-solid', 'bench'],
    ['@originjs/vite-plugin-federation', 'shared-auth'],
    ['single-spa', 'root-config'],
    ['@solidjs/router', 'root-config'],
    ['altogic', 'shared-auth'],
    ['fastify', 'altogic-local'],
    ['better-sqlite3', 'altogic-local'],
    ['pg', 'altogic-local'],
    ['playwright-core', 'bench'],
    ['autocannon', 'bench'],
  ].map(([pkg, from]) => `${pkg} ${versionOf(pkg!, from!)}`);
  return [
    ['date', new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC'],
    ['commit', commit],
    ['CPU', cpuModel()],
    ['cores', String(cpus().length)],
    ['memory', `${Math.round(totalmem() / 2 ** 30)} GiB`],
    ['Node', process.version],
    ['Chromium', chromiumVersion],
    ['packages', packages.join(', ')],
  ];
}
