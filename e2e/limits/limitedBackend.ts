/**
 * A second altogic-local with its rate limits on (the suite's backend runs with them off), on port 9105 (on the
 * portal's CSP allowlist through the dev overrides), for the specs of e2e/limits: `useLimitedBackend()` starts it
 * before the file's tests and stops it after; `pointAtLimited(page)` makes the portal use it (portal.config.json's
 * `altogic.envUrl`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Page } from '@playwright/test';
import { editPortalConfig } from '../composition/portalConfig';
import { expect, test } from 'portal-testing';

const PORT = 9105;
export const LIMITED = `http://localhost:${PORT}`;
export const API = `${LIMITED}/_api/rest/v1`;
export const HEADERS = { 'X-Client': 'altogic-js', 'X-Client-Key': 'e2e-limits' };
const repo = fileURLToPath(new URL('../..', import.meta.url));

let server: ChildProcess | undefined;
let dataDir: string;
let log = '';

/** Starts the rate-limited server before the calling spec file's tests, and stops it after them. */
export function useLimitedBackend(): void {
  test.beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'portal-e2e-limits-'));
    server = spawn(
      process.execPath,
      ['altogic-local/bin/altogic-local.mjs', '--port', String(PORT), '--data-dir', dataDir, '--rate-limits', 'on'],
      {
        cwd: repo,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout!.on('data', (chunk: Buffer) => (log += String(chunk)));
    server.stderr!.on('data', (chunk: Buffer) => (log += String(chunk)));
    await expect
      .poll(
        async () => {
          if (server!.exitCode !== null) throw new Error(`altogic-local on ${PORT} exited:\n${log}`);
          return fetch(`${LIMITED}/_emulator/v1/health`).then(
            (answer) => answer.ok,
            () => false,
          );
        },
        { message: `altogic-local with rate limits on, port ${PORT}`, timeout: 30_000 },
      )
      .toBe(true);
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = once(server, 'exit');
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
}

/** A confirmed account on the rate-limited server (following the mailed link confirms the address). */
export async function confirmedAccount(request: APIRequestContext): Promise<{ email: string; password: string }> {
  const account = { email: `limits-${Date.now().toString(36)}@example.test`, password: 'a long passphrase for limits' };
  const signUp = await request.post(`${API}/auth/signup-email`, { headers: HEADERS, data: account });
  expect(signUp.ok(), await signUp.text()).toBe(true);
  const outbox = await request.get(`${LIMITED}/_emulator/v1/outbox?to=${encodeURIComponent(account.email)}`);
  const { messages } = (await outbox.json()) as { messages: { action: string; link: string }[] };
  const link = messages.find((mail) => mail.action === 'email-confirm')!.link;
  const followed = await request.get(link, { maxRedirects: 0 });
  expect(new URL(followed.headers()['location']!).searchParams.get('status')).toBe('200');
  return account;
}

/**
 * Fails the account's password check `failures` times, waiting out each delay the server announces (S4: 10 free
 * failures, then 1, 2, 4… s). Returns the status codes seen.
 */
export async function failSignIns(request: APIRequestContext, email: string, failures: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let failed = 0; failed < failures;) {
    const answer = await request.post(`${API}/auth/signin-email`, {
      headers: HEADERS,
      data: { email, password: 'not the password at all' },
    });
    statuses.push(answer.status());
    if (answer.status() === 401) failed += 1;
    else if (answer.status() === 429) {
      const retryAfter = Number(answer.headers()['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100));
    } else throw new Error(`unexpected ${answer.status()}: ${await answer.text()}`);
  }
  return statuses;
}

/** The portal in `page`, pointed at the rate-limited server. */
export function pointAtLimited(page: Page): Promise<void> {
  return editPortalConfig(page, (config) => ({ ...config, altogic: { ...config.altogic, envUrl: LIMITED } }));
}
