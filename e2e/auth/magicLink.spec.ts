import { createVerifiedAccount } from '../fixtures/accounts';
import { expect, test } from '../fixtures/authTest';
import { mailLink } from '../fixtures/outbox';

async function requestMagicLink(page: import('@playwright/test').Page, email: string) {
  await page.goto('/login-with-magic-link');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send magic link' }).click();
  await expect(page.getByRole('status')).toContainText('Check your email');
}

test('magic link: send, open the mailed link, land on /profile without the token in the URL', async ({ page, request, watch }) => {
  const account = await createVerifiedAccount(request, 'magic');
  await requestMagicLink(page, account.email);
  await page.goto(await mailLink(request, account.email, 'magic-link'));
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByTestId('header-user-name')).toHaveText(account.name);
  expect(watch.urls.some((url) => url.includes('access_token='))).toBe(true);
  expect(watch.referers.filter((referer) => referer.includes('access_token'))).toEqual([]);
});

test('an address with a plus sign gets its magic link (the client sends it unencoded)', async ({ page, request }) => {
  const account = await createVerifiedAccount(request, 'plus+tag');
  await requestMagicLink(page, account.email);
  await page.goto(await mailLink(request, account.email, 'magic-link'));
  await expect(page).toHaveURL(/\/profile$/);
});

test('a magic link used a second time says so and offers a new one', async ({ page, request, browser }) => {
  const account = await createVerifiedAccount(request, 'reused');
  await requestMagicLink(page, account.email);
  const link = await mailLink(request, account.email, 'magic-link');
  await page.goto(link);
  await expect(page).toHaveURL(/\/profile$/);

  const other = await browser.newPage();
  try {
    await other.goto(link);
    await expect(other).toHaveURL(/\/auth-redirect$/);
    await expect(other.getByRole('alert')).toHaveText('This link has already been used.');
    await other.getByRole('link', { name: 'Request a new magic link' }).click();
    await expect(other).toHaveURL(/\/login-with-magic-link$/);
  } finally {
    await other.close();
  }
});

test('an expired or forged magic link says so and never shows a blank page', async ({ page, request }) => {
  const account = await createVerifiedAccount(request, 'expired');
  await requestMagicLink(page, account.email);
  // The server answers a forged token exactly as an expired one (same redirect, same message).
  const link = new URL(await mailLink(request, account.email, 'magic-link'));
  link.searchParams.set('token', 'x'.repeat(43));
  await page.goto(link.href);
  await expect(page).toHaveURL(/\/auth-redirect$/);
  await expect(page.getByRole('alert')).toHaveText('This link is invalid or has expired.');
  await expect(page.getByRole('link', { name: 'Request a new magic link' })).toBeVisible();
});

test('/auth-redirect opened by hand explains itself', async ({ page }) => {
  await page.goto('/auth-redirect');
  await expect(page.getByRole('heading', { name: 'This link did not work' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Login', exact: true })).toBeVisible();
});
