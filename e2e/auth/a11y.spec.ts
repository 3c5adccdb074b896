import type { Page } from '@playwright/test';
import { createVerifiedAccount, expect, mailLink, newAccount, signInWithForm, test } from 'portal-testing';
import { expectNoAxeViolations } from 'portal-testing/axe';

const screens: { path: string; ready: (page: Page) => Promise<void> }[] = [
  { path: '/', ready: (page) => expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible() },
  { path: '/login', ready: (page) => expect(page.getByRole('button', { name: 'Log in', exact: true })).toBeVisible() },
  { path: '/register', ready: (page) => expect(page.getByRole('button', { name: 'Create account' })).toBeVisible() },
  { path: '/login-with-magic-link', ready: (page) => expect(page.getByRole('button', { name: 'Send magic link' })).toBeVisible() },
  { path: '/forgot-password', ready: (page) => expect(page.getByRole('button', { name: 'Send reset link' })).toBeVisible() },
  { path: '/reset-password', ready: (page) => expect(page.getByRole('link', { name: 'Request a new reset link' })).toBeVisible() },
  { path: '/auth-redirect', ready: (page) => expect(page.getByRole('heading', { name: 'This link did not work' })).toBeVisible() },
];

for (const { path, ready } of screens) {
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    await page.goto(path);
    await ready(page);
    await expectNoAxeViolations(page, path);
  });
}

test('axe finds nothing on the error states: field errors, alert, failed link', async ({ page }) => {
  await page.goto('/register');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter your name.')).toBeVisible();
  await expectNoAxeViolations(page, '/register with field errors');

  await page.goto('/login');
  await signInWithForm(page, newAccount('axe').email, 'not a real password');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page, '/login with an alert');

  await page.goto('/auth-redirect?action=email-confirm&status=400&error=This%20link%20is%20invalid%20or%20has%20expired.');
  await expect(page.getByRole('button', { name: 'Resend verification email' })).toBeVisible();
  await expectNoAxeViolations(page, 'a failed verification link');
});

test('axe finds nothing on the success states: check your email, reset form, password set', async ({ page, portal }) => {
  const account = await createVerifiedAccount(portal, 'axe-reset');
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(account.email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await expectNoAxeViolations(page, 'check your email');

  await page.goto(await mailLink(portal, account.email, 'reset-pwd'));
  await expect(page.getByLabel('New password')).toBeVisible();
  await expectNoAxeViolations(page, 'the reset form');
  await page.getByLabel('New password').fill(`${account.password} again`);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByRole('heading', { name: 'Your password is set' })).toBeVisible();
  await expectNoAxeViolations(page, 'password set');
});
