import { createVerifiedAccount, expect, mailLink, newAccount, signInWithForm, test } from 'portal-testing';

test('register → confirmation mail → /auth-redirect → /profile, and the token never stays in the address bar', async ({
  page,
  portal,
  watch,
}) => {
  const account = newAccount('register');
  await page.goto('/register');
  await page.getByLabel('Name').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();

  const status = page.getByRole('status').filter({ hasText: 'Check your email' });
  await expect(status).toContainText(account.email);
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Resend verification email' })).toBeVisible();

  const link = await mailLink(portal, account.email, 'email-confirm');
  await page.goto(link);
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByTestId('header-user-name')).toHaveText(account.name);

  // The server's redirect carried the token; the page removed it before anything else (docs/security.md B1).
  expect(watch.urls.some((url) => url.includes('access_token='))).toBe(true);
  expect(page.url()).not.toContain('access_token');
  expect(watch.referers.filter((referer) => referer.includes('access_token'))).toEqual([]);
  expect(await page.evaluate(() => document.referrer)).not.toContain('access_token');
});

test('a taken address is an alert, and the name and email stay filled in', async ({ page, portal, watch }) => {
  const existing = await createVerifiedAccount(portal, 'taken');
  await page.goto('/register');
  await page.getByLabel('Name').fill('Someone Else');
  await page.getByLabel('Email').fill(existing.email);
  await page.getByLabel('Password', { exact: true }).fill('another long passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toContainText('already exists');
  await expect(page.getByLabel('Name')).toHaveValue('Someone Else');
  await expect(page.getByLabel('Email')).toHaveValue(existing.email);
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  expect(watch.problems).toEqual([]);
});

test('a commonly used password is refused in plain words', async ({ page }) => {
  await page.goto('/register');
  await page.getByLabel('Name').fill('Ada');
  await page.getByLabel('Email').fill(newAccount('common').email);
  await page.getByLabel('Password', { exact: true }).fill('password123');
  await expect(page.getByText('At least 8 characters')).toHaveAttribute('data-state', 'met');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toContainText('too commonly used');
});

test('an unverified user who tries to log in is offered a new verification mail', async ({ page, portal }) => {
  const account = newAccount('unverified');
  await page.goto('/register');
  await page.getByLabel('Name').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await mailLink(portal, account.email, 'email-confirm');

  await page.goto('/login');
  await signInWithForm(page, account.email, account.password);
  await expect(page.getByRole('alert')).toContainText('confirm your email address');
  await page.getByRole('button', { name: 'Resend verification email' }).click();
  await expect(page.getByRole('status')).toContainText(`We sent a new verification email to ${account.email}`);
  await mailLink(portal, account.email, 'email-confirm', 2);
});
