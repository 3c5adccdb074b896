import { createVerifiedAccount, endSession, expect, signInWithForm, test } from 'portal-testing';
import type { Page } from '@playwright/test';

const header = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('a sign-in in one tab shows in the header of another tab without a reload', async ({ context, portal }) => {
  const account = await createVerifiedAccount(portal, 'tabs-in');
  const first = await context.newPage();
  const second = await context.newPage();
  await second.goto('/');
  await second.evaluate(() => ((window as unknown as { marker: string }).marker = 'no reload'));
  await expect(header(second).getByRole('link', { name: 'Log in' })).toBeVisible();

  await first.goto('/login');
  await signInWithForm(first, account.email, account.password);
  await expect(first).toHaveURL(/\/profile$/);

  await expect(header(second).getByText(account.name)).toBeVisible();
  await expect(header(second).getByRole('button', { name: 'Log out' })).toBeVisible();
  expect(await second.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('no reload');
});

test('a logout in one tab sends the other tab to /login', async ({ context, portal }) => {
  const account = await createVerifiedAccount(portal, 'tabs-out');
  const first = await context.newPage();
  await first.goto('/login');
  await signInWithForm(first, account.email, account.password);
  await expect(first).toHaveURL(/\/profile$/);
  const second = await context.newPage();
  await second.goto('/profile');
  await expect(header(second).getByText(account.name)).toBeVisible();

  await header(first).getByRole('button', { name: 'Log out' }).click();
  // How fast is a measurement (bench/RESULTS.md, "Logout in one tab → the other tab on /login"), not a test.
  await expect(second).toHaveURL(/\/login/);
  await expect(header(second).getByRole('link', { name: 'Log in' })).toBeVisible();
});

test('a session revoked in the background ends the open tab when it becomes visible again', async ({ page, portal }) => {
  const account = await createVerifiedAccount(portal, 'revoked');
  await page.clock.install();
  await page.goto('/login');
  await signInWithForm(page, account.email, account.password);
  await expect(page).toHaveURL(/\/profile$/);

  const token = await page.evaluate(() => (JSON.parse(localStorage.getItem('shared-auth:session') ?? '{}') as { token?: string }).token);
  expect(token, 'the session is kept under the namespaced key').toBeTruthy();
  await endSession(portal, token!);

  // The user comes back to the tab a few minutes later.
  await page.clock.fastForward('05:00');
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('status').filter({ hasText: /session has ended/i })).toBeVisible();
});
