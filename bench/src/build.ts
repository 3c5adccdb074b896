/** Builds everything the benchmark serves: the four portal parts, the monolith, shared-auth without its aliases. */
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH, OUT, PORTS, REPO } from './servers';

export const DIRS = {
  portal: join(OUT, 'portal'),
  monolith: join(OUT, 'monolith'),
  sharedAuthNoAlias: join(OUT, 'shared-auth-noalias'),
  authMfe: join(REPO, 'auth-mfe/dist'),
  profileMfe: join(REPO, 'profile-mfe/dist'),
  sharedAuth: join(REPO, 'shared-auth/dist'),
};

const local = (port: number) => `http://localhost:${port}`;
export const API_URL = local(PORTS.api);
export const CLIENT_KEY = 'bench-key';

function run(name: string, argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  mkdirSync(join(OUT, 'logs'), { recursive: true });
  const log = createWriteStream(join(OUT, 'logs', `build-${name}.log`));
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`build of ${name} failed (exit ${code}); see bench/out/logs/build-${name}.log`)),
    );
  });
}

const vite = join(BENCH, 'node_modules/.bin/vite');

export async function buildAll(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await run(
    'portal',
    ['pnpm', '--filter', 'shared-auth', '--filter', 'auth-mfe', '--filter', 'profile-mfe', '--filter', 'root-config', 'run', 'build'],
    REPO,
  );
  await run('monolith', [vite, 'build', '--config', join(BENCH, 'monolith/vite.config.ts')], BENCH, { MONOLITH_OUT_DIR: DIRS.monolith });
  await run(
    'shared-auth-noalias',
    [vite, 'build', '--config', join(BENCH, 'config/shared-auth-noalias.vite.config.ts')],
    join(REPO, 'shared-auth'),
    {
      BENCH_OUT_DIR: DIRS.sharedAuthNoAlias,
    },
  );
  preparePortal();
  writeFileSync(
    join(DIRS.monolith, 'config.json'),
    `${JSON.stringify({ altogic: { envUrl: API_URL, clientKey: CLIENT_KEY } }, null, 2)}\n`,
  );
}

/** root-config/dist copied with a portal.config.json pointing at the bench ports (runtime config: no rebuild). */
export function preparePortal(): void {
  rmSync(DIRS.portal, { recursive: true, force: true });
  cpSync(join(REPO, 'root-config/dist'), DIRS.portal, { recursive: true });
  const config = {
    altogic: { envUrl: API_URL, clientKey: CLIENT_KEY },
    remotes: {
      'shared-auth': `${local(PORTS.sharedAuth)}/remoteEntry.js`,
      'auth-mfe': `${local(PORTS.authMfe)}/remoteEntry.js`,
      'profile-mfe': `${local(PORTS.profileMfe)}/remoteEntry.js`,
    },
    overrides: { enabled: false, allowedOrigins: [] },
  };
  writeFileSync(join(DIRS.portal, 'portal.config.json'), `${JSON.stringify(config, null, 2)}\n`);
}
