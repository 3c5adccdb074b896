/**
 * Live limits on sign-in: a 429 shows "Try again in N s" counting down from Retry-After, keeps the typed email,
 * keeps the button disabled until zero, then lets the user in. The suite's backend runs with rate limits off, so
 * this spec starts its own altogic-local with them on (port 9105, on the portal's CSP allowlist through the dev
 * overrides) and points the page at it by changing `altogic.envUrl` in portal.config.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext } from '@playwright/test';
import type { PortalConfig } from 'shared-auth';
import { createVerifiedAccount, expect, test } from 'portal-testing';

const PORT = 9105;
const LIMITED = `http://localhost:${PORT}`;
const API = `${LIMITED}/_api/rest/v1`;
const HEADERS = { 'X-Client': 'altogic-js', 'X-Client-Key': 'e2e-limits' };
const repo = fileURLToPath(new URL('../..', import.meta.url));

// The kit's accounts are made on the rate-limited server (its emulator endpoint is not rate-limited).
test.use({ portalOptions: { backendUrl: LIMITED, clientKey: HEADERS['X-Client-Key'] } });

let server: ChildProcess | undefined;
let dataDir: string;
let log = '';

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

/**
 * Fails the account's password check `failures` times, waiting out each delay the server announces (S4: 10 free
 * failures, then 1, 2, 4… s). Returns the status codes seen.
 */
async function failSignIns(request: APIRequestContext, email: string, failures: number): Promise<number[]> {
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

test('a 429 on sign-in counts down, keeps the email and the button disabled, then re-enables', async ({ page, request, portal }) => {
  test.setTimeout(90_000);
  const account = await createVerifiedAccount(portal, 'limits');

  // The 11th wrong password in a row answers 429 with Retry-After 1 (S4), in the Altogic error shape.
  await failSignIns(request, account.email, 10);
  const limited = await request.post(`${API}/auth/signin-email`, {
    headers: HEADERS,
    data: { email: account.email, password: 'x'.repeat(12) },
  });
  expect(limited.status()).toBe(429);
  expect(limited.headers()['retry-after']).toBe('1');
  expect(((await limited.json()) as { errors: { code: string; details?: { retryAfterSeconds?: number } }[] }).errors[0]).toMatchObject({
    code: 'too_many_requests',
    details: { retryAfterSeconds: 1 },
  });

  // The portal, pointed at the rate-limited server.
  await page.route('**/portal.config.json', async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as PortalConfig;
    await route.fulfill({ response, json: { ...config, altogic: { ...config.altogic, envUrl: LIMITED } } });
  });
  await page.goto('/login');
  const email = page.getByLabel('Email');
  const password = page.getByLabel('Password', { exact: true });
  const login = page.getByRole('button', { name: 'Login', exact: true });
  await expect(login).toBeEnabled();
  await email.fill(account.email);

  // Three more failures (waiting 1, 2, 4 s between them) put the account into an 8 s delay.
  const statuses = await failSignIns(request, account.email, 3);
  expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(2);

  await password.fill('still not the password');
  await login.click();
  // The visible countdown, and a polite live region that says it once (no role="alert", not every second).
  const countdown = page.locator('form .pui-wait');
  const announcement = page.locator('form [aria-live="polite"]');
  await expect(countdown).toBeVisible();
  await expect(countdown).toContainText(/too many attempts/i);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const first = Number(/(\d+) s/.exec((await countdown.textContent()) ?? '')![1]);
  await expect(announcement).toHaveText(`Too many attempts. Try again in ${first} s.`);
  expect(first).toBeGreaterThanOrEqual(2);
  expect(first).toBeLessThanOrEqual(8);
  await expect(email).toHaveValue(account.email);
  await expect(login).toBeDisabled();

  // It counts down, the button staying disabled while it does.
  const secondsLeft = async () => Number(/(\d+) s/.exec((await countdown.textContent()) ?? '')?.[1] ?? Number.NaN);
  await expect.poll(secondsLeft).toBeLessThan(first);
  await expect(announcement).toHaveText(`Too many attempts. Try again in ${first} s.`);
  await expect(password).toHaveValue('still not the password');
  await expect(login).toBeDisabled();
  await expect(email).toHaveValue(account.email);

  // At zero the hint goes, the button is enabled again, and the right password gets in.
  await expect(countdown).toBeHidden({ timeout: (first + 10) * 1000 });
  await expect(login).toBeEnabled();
  await expect(announcement).toHaveText('You can try again now.');
  await expect(email).toHaveValue(account.email);
  await password.fill(account.password);
  await login.click();
  await expect(page).toHaveURL(/\/profile$/);
});
