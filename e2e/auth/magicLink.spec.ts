import { createVerifiedAccount, expect, mailLink, test } from 'portal-testing';

async function requestMagicLink(page: import('@playwright/test').Page, email: string) {
  await page.goto('/login-with-magic-link');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send magic link' }).click();
  await expect(page.getByRole('status')).toContainText('Check your email');
}

test('magic link: send, open the mailed link, land on /profile without the token in the URL', async ({ page, portal, watch }) => {
  const account = await createVerifiedAccount(portal, 'magic');
  await requestMagicLink(page, account.email);
  await page.goto(await mailLink(portal, account.email, 'magic-link'));
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByTestId('header-user-name')).toHaveText(account.name);
  expect(watch.urls.some((url) => url.includes('access_token='))).toBe(true);
  expect(watch.referers.filter((referer) => referer.includes('access_token'))).toEqual([]);
});

test('an address with a plus sign gets its magic link (the client sends it unencoded)', async ({ page, portal }) => {
  const account = await createVerifiedAccount(portal, 'plus+tag');
  await requestMagicLink(page, account.email);
  await page.goto(await mailLink(portal, account.email, 'magic-link'));
  await expect(page).toHaveURL(/\/profile$/);
});

test('a magic link used a second time says so and offers a new one', async ({ page, portal, browser }) => {
  const account = await createVerifiedAccount(portal, 'reused');
  await requestMagicLink(page, account.email);
  const link = await mailLink(portal, account.email, 'magic-link');
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

test('an expired or forged magic link says so and never shows a blank page', async ({ page, portal }) => {
  const account = await createVerifiedAccount(portal, 'expired');
  await requestMagicLink(page, account.email);
  // The server answers a forged token exactly as an expired one (same redirect, same message).
  const link = new URL(await mailLink(portal, account.email, 'magic-link'));
  link.searchParams.set('token', 'x'.repeat(43));
  await page.goto(link.href);
  await expect(page).toHaveURL(/\/auth-redirect$/);
  await expect(page.getByRole('alert')).toHaveText('This link is invalid or has expired.');
  await expect(page.getByRole('link', { name: 'Request a new magic link' })).toBeVisible();
});

test('/auth-redirect opened by hand explains itself', async ({ page }) => {
  await page.goto('/auth-redirect');
  await expect(page.getByRole('heading', { name: 'This link did not work' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Log in', exact: true })).toBeVisible();
});
