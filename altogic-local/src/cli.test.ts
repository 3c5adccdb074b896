// The real CLI as a child process: ready line, request log without secrets, SIGKILL durability, SIGTERM drain.
import { spawn, type ChildProcess } from 'node:child_process';
import { CLI_PATH, startServerProcess } from './process.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { accessTokenOf, followLink, MemoryStorage, pngBytes } from './testing/harness.ts';
import { parseArgs } from './cli-options.ts';

const require = createRequire(import.meta.url);
const altogic = require('altogic') as typeof import('altogic');
const PASSWORD = 'durable-orchid-meadow-7';

interface Child {
  process: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

async function startCli(args: string[]): Promise<Child> {
  const server = await startServerProcess({ args: ['--port', '0', ...args], cwd: os.tmpdir(), env: { NODE_ENV: 'development' } });
  children.push(server.process);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    server.process.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { process: server.process, url: server.url, output: server.output, exit };
}

const clientFor = (url: string) => altogic.createClient(url, 'cli-test', { localStorage: new MemoryStorage() });

describe('command line', () => {
  it('parses flags over environment variables and resolves the data dir from the invocation directory', () => {
    const config = parseArgs(['--port', '4100', '--rate-limits=off', '--email-verification', 'off', '--data-dir', 'rel/dir'], {
      ALTOGIC_LOCAL_SECURITY_NOTICES: 'off',
      ALTOGIC_LOCAL_PORT: '4200',
      ALTOGIC_LOCAL_REDIRECT_URL: 'http://localhost:9000/landing',
      ALTOGIC_LOCAL_ALLOWED_ORIGINS: 'http://a.test, http://b.test',
      INIT_CWD: '/somewhere',
    });
    expect(config).toMatchObject({
      port: 4100,
      rateLimits: false,
      emailVerification: false,
      securityNotices: false,
      redirectUrl: 'http://localhost:9000/landing',
      allowedOrigins: ['http://a.test', 'http://b.test'],
    });
    expect(path.isAbsolute(config.dataDir!)).toBe(true);
    expect(parseArgs(['--security-notices', 'on'], { ALTOGIC_LOCAL_SECURITY_NOTICES: 'off' }).securityNotices).toBe(true);
    expect(parseArgs(['--security-notices=off'], {}).securityNotices).toBe(false);
    expect(() => parseArgs(['--rate-limits', 'maybe'], {})).toThrow(/on or off/);
    expect(() => parseArgs(['--colour', 'blue'], {})).toThrow(/unknown option/);
  });

  it('parses upload quotas as sizes and connection caps as whole numbers', () => {
    const config = parseArgs(['--upload-quota-per-user', '10MiB', '--upload-quota-total=2g', '--max-connections-per-ip', '0'], {
      ALTOGIC_LOCAL_MAX_CONNECTIONS: '1000',
    });
    expect(config).toMatchObject({
      uploadQuotaPerUserBytes: 10 * 1024 ** 2,
      uploadQuotaTotalBytes: 2 * 1024 ** 3,
      maxConnectionsPerIp: 0,
      maxConnections: 1000,
    });
    expect(parseArgs(['--upload-quota-total', '0'], {}).uploadQuotaTotalBytes).toBe(0);
    expect(() => parseArgs(['--upload-quota-per-user', 'lots'], {})).toThrow(/size such as/);
    expect(() => parseArgs(['--max-connections-per-ip', '-1'], {})).toThrow(/whole number/);
  });

  it('survives SIGKILL right after acknowledged writes: everything is there after a restart', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'altogic-local-durable-'));
    const first = await startCli(['--data-dir', dataDir, '--rate-limits', 'off', '--email-verification', 'off']);
    const health = (await (await fetch(`${first.url}/_emulator/v1/health`)).json()) as { durability: Record<string, unknown> };
    expect(health.durability).toEqual({ journal_mode: 'wal', synchronous: 2 });

    const client = clientFor(first.url);
    const email = `durable-${Date.now()}@example.test`;
    const signUp = await client.auth.signUpWithEmail(email, PASSWORD, 'Before crash');
    expect(signUp.errors).toBeNull();
    const userId = signUp.user!._id as string;
    const revoked = clientFor(first.url);
    const revokedToken = (await revoked.auth.signInWithEmail(email, PASSWORD)).session!.token;
    expect((await client.auth.signOut(revokedToken)).errors).toBeNull();
    const upload = await client.storage.bucket('root').upload(`user_${userId}`, new Blob([pngBytes(3, 3)]));
    expect(upload.errors).toBeNull();
    const publicPath = (upload.data as { publicPath: string }).publicPath;
    const renamed = await client.db.model('users').object(userId).update({ name: 'After crash', profilePicture: publicPath });
    expect(renamed.errors).toBeNull();
    first.process.kill('SIGKILL');
    expect((await first.exit).signal).toBe('SIGKILL');

    const second = await startCli(['--data-dir', dataDir, '--rate-limits', 'off', '--email-verification', 'off']);
    try {
      const again = clientFor(second.url);
      const signIn = await again.auth.signInWithEmail(email, PASSWORD);
      expect(signIn.errors).toBeNull();
      expect(signIn.user).toMatchObject({ _id: userId, name: 'After crash' });
      const path = new URL(publicPath).pathname;
      const served = await fetch(`${second.url}${path}`);
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer()).equals(pngBytes(3, 3))).toBe(true);
      const stale = await fetch(`${second.url}/_api/rest/v1/auth/user`, { headers: { 'x-client-key': 'k', session: revokedToken } });
      expect(stale.status).toBe(401);
    } finally {
      second.process.kill('SIGTERM');
      expect(await second.exit).toEqual({ code: 0, signal: null });
    }
  });

  it('logs one line per request without tokens, passwords or link queries, and drains on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'altogic-local-log-'));
    const cli = await startCli(['--data-dir', dataDir, '--rate-limits', 'off']);
    expect(cli.output()).toContain(`outbox ${cli.url}/_emulator/outbox`);
    const client = clientFor(cli.url);
    const email = `logged-${Date.now()}@example.test`;
    await client.auth.signUpWithEmail(email, PASSWORD, 'Logged');
    const outbox = (await (await fetch(`${cli.url}/_emulator/v1/outbox?to=${email}`)).json()) as { messages: Array<{ link: string }> };
    const link = outbox.messages[0]!.link;
    const { location } = await followLink(link);
    const accessToken = accessTokenOf(location)!;
    const { session } = await client.auth.getAuthGrant(accessToken);
    await client.auth.getUserFromDB();

    // a request in flight when SIGTERM arrives still completes
    const inFlight = clientFor(cli.url).auth.signInWithEmail(email, PASSWORD);
    await new Promise((resolve) => setTimeout(resolve, 30));
    cli.process.kill('SIGTERM');
    expect((await inFlight).errors).toBeNull();
    expect(await cli.exit).toEqual({ code: 0, signal: null });

    const log = cli.output();
    expect(log).toMatch(/^POST \/_api\/rest\/v1\/auth\/signup-email 200 \d+ms$/m);
    expect(log).toMatch(/^GET \/_api\/rest\/v1\/auth\/grant 200 \d+ms$/m);
    expect(log).toMatch(/^GET \/_links\/email-confirm 302 \d+ms$/m);
    for (const secret of [PASSWORD, accessToken, session!.token, new URL(link).search]) expect(log).not.toContain(secret);
  });

  it('refuses bad flags with a clear message and exit code 2', async () => {
    const child = spawn(process.execPath, [CLI_PATH, '--email-verification', 'sometimes'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/email-verification must be on or off/);
  });
});
