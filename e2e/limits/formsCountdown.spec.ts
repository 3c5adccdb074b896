/**
 * Every form counts a 429 down, not only sign-in: the profile's password form (the account's password-check
 * throttle, shared with sign-in) and registration (the per-address sign-up limit), against a rate-limited
 * altogic-local (limitedBackend.ts). The countdown shows, the button stays disabled, what was typed stays, and no
 * alert interrupts; the number goes down.
 */
import type { Locator } from '@playwright/test';
import { expect, signInToProfile, test } from 'portal-testing';
import { API, confirmedAccount, failSignIns, HEADERS, pointAtLimited, useLimitedBackend } from './limitedBackend';

useLimitedBackend();

const secondsIn = async (countdown: Locator) => Number(/(\d+) s/.exec((await countdown.textContent()) ?? '')?.[1] ?? NaN);

test('the profile’s password form counts a 429 down, keeping both passwords and Save disabled', async ({ page, request }) => {
  test.setTimeout(90_000);
  const account = await confirmedAccount(request);
  await pointAtLimited(page);
  await signInToProfile(page, account);
  await page.goto('/profile/security');
  const form = page.getByRole('region', { name: 'Change password', exact: true });
  await form.getByLabel('Current password').fill('not my password at all');
  await form.getByLabel('New password').fill('another long passphrase 2025');

  // Wrong passwords from elsewhere put the account into a delay (S4: 10 free failures, then 1, 2, 4, 8 s).
  await failSignIns(request, account.email, 13);
  const save = form.getByRole('button', { name: 'Change password' });
  await save.click();

  const countdown = form.locator('.pui-wait');
  await expect(countdown).toContainText(/too many attempts/i);
  const first = await secondsIn(countdown);
  expect(first).toBeGreaterThanOrEqual(1);
  await expect(save).toBeDisabled();
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expect(form.getByLabel('Current password')).toHaveValue('not my password at all');
  await expect(form.getByLabel('New password')).toHaveValue('another long passphrase 2025');
  if (first > 1) await expect.poll(() => secondsIn(countdown)).toBeLessThan(first);
  await expect(countdown).toBeHidden({ timeout: (first + 2) * 1000 });
  await expect(save).toBeEnabled();
});

test('registration counts a 429 down, keeping name, email and password and the button disabled', async ({ page, request }) => {
  // Use up this address's sign-ups for the hour (the limit is per client address, the browser's too).
  for (let n = 0; ; n++) {
    const answer = await request.post(`${API}/auth/signup-email`, {
      headers: HEADERS,
      data: { email: `flood-${n}-${Date.now().toString(36)}@example.test`, password: 'a long passphrase for limits' },
    });
    if (answer.status() === 429) break;
    expect(answer.ok(), await answer.text()).toBe(true);
    expect(n).toBeLessThan(100);
  }
  await pointAtLimited(page);
  await page.goto('/register');
  await page.getByLabel('Name').fill('Ada');
  await page.getByLabel('Email').fill('ada-limited@example.test');
  await page.getByLabel('Password', { exact: true }).fill('a long passphrase 2025');
  const create = page.getByRole('button', { name: 'Create account' });
  await create.click();

  const countdown = page.locator('form .pui-wait');
  await expect(countdown).toContainText(/too many attempts/i);
  const first = await secondsIn(countdown);
  expect(first).toBeGreaterThan(1);
  await expect(create).toBeDisabled();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel('Name')).toHaveValue('Ada');
  await expect(page.getByLabel('Email')).toHaveValue('ada-limited@example.test');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('a long passphrase 2025');
  await expect.poll(() => secondsIn(countdown)).toBeLessThan(first);
  await expect(create).toBeDisabled();
});
