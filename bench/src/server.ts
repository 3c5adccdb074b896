/**
 * altogic-local under load: production mode (NODE_ENV=production), own data dir, rate limits off, autocannon on
 * loopback at 1, 16 and 64 connections for LOAD_SECONDS each: sign-in (scrypt-bound), get user, list sessions,
 * the outbox. Requests/s (median of the per-second counts), p50/p99 latency, errors (non-2xx, socket errors,
 * timeouts) and the peak resident memory of the server process (VmRSS sampled every 100 ms).
 * Run on the embedded SQLite database and on PostgreSQL (a throwaway cluster).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { PORTS, REPO, start, startAltogic, waitForUrl } from './servers';
import { HEADERS, PASSWORD, signUp, uniqueEmail } from './users';
import { postgresAvailable, startCluster } from './postgres';

export const CONNECTIONS = [1, 16, 64] as const;

export interface LoadRow {
  endpoint: string;
  connections: number;
  rps: number;
  /** successful (2xx) requests per second over the run */
  okRps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  errorDetail: string;
  peakRssMb: number;
}

export interface DatabaseRun {
  database: string;
  rows: LoadRow[];
  na?: string;
  /** the bare Fastify + better-sqlite3 get-user (bench/ceiling/server.mjs), not altogic-local */
  ceiling?: boolean;
}

export const GET_USER = 'get user (GET /auth/user)';

/** The ceiling: bench/ceiling/server.mjs under the same load as altogic-local's get user, just before it. */
async function runCeiling(seconds: number): Promise<DatabaseRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-ceiling-'));
  const token = randomBytes(32).toString('base64url');
  const server = start('ceiling', [
    'node',
    join(REPO, 'bench/ceiling/server.mjs'),
    '--port',
    String(PORTS.ceiling),
    '--data-dir',
    dataDir,
    '--token',
    token,
  ]);
  const api = `http://localhost:${PORTS.ceiling}`;
  try {
    await waitForUrl(`${api}/health`);
    const endpoint: Endpoint = { name: GET_USER, path: '/_api/rest/v1/auth/user', method: 'GET', headers: { Session: token } };
    const rows: LoadRow[] = [];
    for (const connections of CONNECTIONS.slice(1)) {
      const row = await load(api, endpoint, connections, seconds, server.child.pid!);
      rows.push(row);
      console.log(`  ceiling get user c=${connections}: ${Math.round(row.rps)} req/s, p99 ${row.p99} ms, errors ${row.errors}`);
    }
    return { database: 'ceiling: bare Fastify + better-sqlite3', rows, ceiling: true };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

interface Endpoint {
  name: string;
  path: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

async function endpoints(api: string): Promise<Endpoint[]> {
  const signInEmail = uniqueEmail('load-signin');
  await signUp(api, signInEmail, 'Load Sign-in');
  const readerEmail = uniqueEmail('load-reader');
  const { token } = await signUp(api, readerEmail, 'Load Reader');
  if (!token) throw new Error('sign-up gave no session: is email verification off?');
  // a few more sessions to list, and mails in the outbox for this address
  for (let i = 0; i < 2; i++) {
    await fetch(`${api}/_api/rest/v1/auth/signin-email`, {
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify({ email: readerEmail, password: PASSWORD }),
    });
  }
  for (let i = 0; i < 3; i++) {
    await fetch(`${api}/_api/rest/v1/auth/send-reset?email=${encodeURIComponent(readerEmail)}`, {
      method: 'POST',
      headers: { 'X-Client': 'altogic-js', 'X-Client-Key': HEADERS['X-Client-Key'] },
    });
  }
  const session = { 'X-Client': 'altogic-js', 'X-Client-Key': HEADERS['X-Client-Key'], Session: token };
  return [
    { name: GET_USER, path: '/_api/rest/v1/auth/user', method: 'GET', headers: session },
    { name: 'list sessions (GET /auth/sessions)', path: '/_api/rest/v1/auth/sessions', method: 'GET', headers: session },
    {
      name: 'outbox (GET /_emulator/v1/outbox?to=…)',
      path: `/_emulator/v1/outbox?to=${encodeURIComponent(readerEmail)}`,
      method: 'GET',
      headers: {},
    },
    {
      name: 'sign-in (POST /auth/signin-email)',
      path: '/_api/rest/v1/auth/signin-email',
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify({ email: signInEmail, password: PASSWORD }),
    },
  ];
}

async function load(api: string, endpoint: Endpoint, connections: number, seconds: number, pid: number): Promise<LoadRow> {
  let peak = rssMb(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
  const result = await autocannon({
    url: `${api}${endpoint.path}`,
    method: endpoint.method,
    headers: endpoint.headers,
    ...(endpoint.body ? { body: endpoint.body } : {}),
    connections,
    duration: seconds,
    timeout: 30,
  });
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(pid));
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, stat]) => `${(stat as { count: number }).count}× ${code}`);
  const errors = result.non2xx + result.errors;
  const detail = [
    ...statuses,
    result.timeouts ? `${result.timeouts} timeouts` : '',
    result.errors - result.timeouts > 0 ? `${result.errors - result.timeouts} socket errors` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return {
    endpoint: endpoint.name,
    connections,
    rps: result.requests.p50,
    okRps: (result['2xx'] ?? 0) / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors,
    errorDetail: detail,
    peakRssMb: peak,
  };
}

async function runAgainst(database: string, seconds: number, databaseUrl?: string): Promise<DatabaseRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-altogic-'));
  const server = await startAltogic(`altogic-load-${database.split(' ')[0]!.toLowerCase()}`, {
    port: PORTS.loadApi,
    dataDir,
    ...(databaseUrl ? { databaseUrl } : {}),
  });
  const api = `http://localhost:${PORTS.loadApi}`;
  try {
    const list = await endpoints(api);
    const rows: LoadRow[] = [];
    for (const endpoint of list) {
      for (const connections of CONNECTIONS) {
        const row = await load(api, endpoint, connections, seconds, server.child.pid!);
        rows.push(row);
        console.log(
          `  ${database} ${endpoint.name} c=${connections}: ${Math.round(row.rps)} req/s, p99 ${row.p99} ms, errors ${row.errors}`,
        );
      }
    }
    return { database, rows };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function measureServer(seconds: number): Promise<DatabaseRun[]> {
  const runs: DatabaseRun[] = [await runCeiling(seconds), await runAgainst('SQLite (embedded)', seconds)];
  if (!postgresAvailable()) {
    runs.push({ database: 'PostgreSQL', rows: [], na: 'not run: postgresql not installed' });
    return runs;
  }
  let cluster;
  try {
    cluster = await startCluster();
  } catch (error) {
    runs.push({ database: 'PostgreSQL', rows: [], na: `not run: the cluster did not start (${(error as Error).message.split('\n')[0]})` });
    return runs;
  }
  try {
    runs.push(await runAgainst(`PostgreSQL ${cluster.version}`, seconds, cluster.url));
  } finally {
    cluster.stop();
  }
  return runs;
}
