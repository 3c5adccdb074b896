import { createVerifiedAccount, expect, mailLink, signInWithForm, test } from 'portal-testing';

test('forgot → reset → sign in with the new password (and not the old one)', async ({ page, portal, watch }) => {
  const account = await createVerifiedAccount(portal, 'reset');
  await page.goto('/login');
  await page.getByRole('main').getByRole('link', { name: 'Forgot password?' }).click();
  await page.getByLabel('Email').fill(account.email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText(`If an account exists for ${account.email}`);

  await page.goto(await mailLink(portal, account.email, 'reset-pwd'));
  await expect(page).toHaveURL(/\/reset-password$/);
  expect(page.url()).not.toContain('access_token');
  const newPassword = `${account.password} renewed`;
  await page.getByLabel('New password').fill(newPassword);
  await page.getByRole('button', { name: 'Show password' }).click();
  await expect(page.getByLabel('New password')).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByRole('heading', { name: 'Your password is set' })).toBeFocused();
  expect(watch.referers.filter((referer) => referer.includes('access_token'))).toEqual([]);

  await page.getByRole('main').getByRole('link', { name: 'Log in', exact: true }).click();
  await signInWithForm(page, account.email, account.password);
  await expect(page.getByRole('alert')).toContainText('The email or password is not right');
  await signInWithForm(page, account.email, newPassword);
  await expect(page).toHaveURL(/\/profile$/);
});

test('a reset link used twice offers a new one', async ({ page, portal }) => {
  const account = await createVerifiedAccount(portal, 'reset-twice');
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(account.email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  const link = await mailLink(portal, account.email, 'reset-pwd');
  await page.goto(link);
  await page.getByLabel('New password').fill(`${account.password} once`);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByRole('heading', { name: 'Your password is set' })).toBeVisible();

  await page.goto(link);
  await expect(page.getByRole('alert')).toHaveText('This link has already been used.');
  await page.getByRole('link', { name: 'Request a new reset link' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
});

test('the reset page without a link says how to get one', async ({ page }) => {
  await page.goto('/reset-password');
  await expect(page.getByLabel('New password')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Request a new reset link' })).toBeVisible();
});
