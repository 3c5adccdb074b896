/**
 * Live limits on sign-in: a 429 shows "Try again in N s" counting down from Retry-After, keeps the typed email,
 * keeps the button disabled until zero, then lets the user in. The suite's backend runs with rate limits off, so
 * this spec starts its own altogic-local with them on (limitedBackend.ts) and points the page at it.
 */
import { expect, test } from 'portal-testing';
import { API, confirmedAccount, failSignIns, HEADERS, pointAtLimited, useLimitedBackend } from './limitedBackend';

useLimitedBackend();

test('a 429 on sign-in counts down, keeps the email and the button disabled, then re-enables', async ({ page, request }) => {
  test.setTimeout(90_000);
  const account = await confirmedAccount(request);

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
  await pointAtLimited(page);
  await page.goto('/login');
  const email = page.getByLabel('Email');
  const password = page.getByLabel('Password', { exact: true });
  const login = page.getByRole('button', { name: 'Log in', exact: true });
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
