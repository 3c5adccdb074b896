/**
 * A throwaway PostgreSQL cluster from Debian's binaries (/usr/lib/postgresql/<v>/bin): initdb in a temp dir as
 * the postgres user (when run as root), pg_ctl start on a free port, stopped and deleted afterwards.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './servers';

export interface Cluster {
  url: string;
  version: string;
  stop(): void;
}

function binDir(): { bin: string; version: string } | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin/initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? { bin: join(root, versions[0], 'bin'), version: versions[0] } : null;
}

export function postgresAvailable(): boolean {
  return binDir() !== null;
}

export async function startCluster(): Promise<Cluster> {
  const found = binDir();
  if (!found) throw new Error('postgresql not installed');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'bench-pg-'));
  if (asRoot)
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const run = (cmd: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(found.bin, cmd), asRoot ? ['-u', 'postgres', '--', join(found.bin, cmd), ...args] : args, {
      stdio: 'pipe',
    });
  const port = await freePort(55432);
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '--auth=trust', '--username=postgres', '--encoding=UTF8', '--no-instructions']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    version: found.version,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
