/**
 * Child processes the benchmark owns: the static servers of every part (scripts/static-server.mjs) and
 * altogic-local, each on a bench port, logging to bench/out/logs. Everything started here is stopped by stopAll().
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BENCH = join(REPO, 'bench');
export const OUT = join(BENCH, 'out');
const LOGS = join(OUT, 'logs');

/** Bench ports: never the developers' 9000-9003 / 4000, so `pnpm bench` runs beside `pnpm start`. */
export const PORTS = {
  root: 9200,
  authMfe: 9201,
  profileMfe: 9202,
  sharedAuth: 9203,
  monolith: 9010,
  api: 4200,
  loadApi: 4300,
  ceiling: 4400,
} as const;

export interface Running {
  name: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

const running = new Set<Running>();

export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: 'localhost' }, () => probe.close(() => resolve(true)));
  });
}

export async function assertPortsFree(ports: number[]): Promise<void> {
  const busy: number[] = [];
  for (const port of ports) if (!(await portFree(port))) busy.push(port);
  if (busy.length > 0)
    throw new Error(`bench ports busy: ${busy.join(', ')}. Stop whatever listens there (an earlier bench run?) and retry.`);
}

export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) if (await portFree(port)) return port;
  throw new Error(`no free port from ${from}`);
}

export function start(name: string, argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Running {
  mkdirSync(LOGS, { recursive: true });
  const log = createWriteStream(join(LOGS, `${name}.log`), { flags: 'a' });
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: options.cwd ?? REPO,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const entry: Running = {
    name,
    child,
    async stop() {
      running.delete(entry);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
  running.add(entry);
  return entry;
}

export async function waitForUrl(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      lastError = new Error(`${url} answered ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (${String(lastError)}); see bench/out/logs`);
}

export async function startStatic(
  name: string,
  dir: string,
  port: number,
  options: { spa?: boolean; cors?: string[] } = {},
): Promise<Running> {
  const argv = ['node', join(REPO, 'scripts/static-server.mjs'), '--dir', dir, '--port', String(port)];
  if (options.spa) argv.push('--spa');
  if (options.cors?.length) argv.push('--cors', options.cors.join(','));
  const server = start(name, argv);
  await waitForUrl(`http://localhost:${port}/${options.spa ? '' : 'remoteEntry.js'}`);
  return server;
}

export interface AltogicOptions {
  port: number;
  dataDir: string;
  allowedOrigins?: string[];
  databaseUrl?: string;
  outbox?: 'on' | 'off';
}

/** altogic-local in production mode: NODE_ENV=production, rate limits and email verification off. */
export async function startAltogic(name: string, options: AltogicOptions): Promise<Running> {
  const argv = [
    'node',
    join(REPO, 'altogic-local/bin/altogic-local.mjs'),
    '--port',
    String(options.port),
    '--data-dir',
    options.dataDir,
    '--rate-limits',
    'off',
    '--email-verification',
    'off',
    '--outbox',
    options.outbox ?? 'on',
    // every benchmark connection comes from one address (autocannon's 64 and the setup's keep-alive fetches):
    // the per-address cap (64, against slowloris) would close the 65th; real clients are many addresses
    '--max-connections-per-ip',
    '256',
  ];
  if (options.allowedOrigins) argv.push('--allowed-origins', options.allowedOrigins.join(','));
  const env: NodeJS.ProcessEnv = { NODE_ENV: 'production' };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const server = start(name, argv, { env });
  await waitForUrl(`http://localhost:${options.port}/_emulator/v1/health`, 90_000);
  return server;
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((r) => r.stop()));
}
