import { createVerifiedAccount, expect, signInWithForm, test } from 'portal-testing';

test('logging out in another tab brings this tab to the login screen with the reason', async ({ page, context, portal }) => {
  const account = await createVerifiedAccount(portal, 'other-tab');
  await page.goto('/login');
  await signInWithForm(page, account.email, account.password);
  await expect(page).toHaveURL(/\/profile$/);

  const other = await context.newPage();
  try {
    await other.goto('/profile');
    await expect(other.getByTestId('header-user-name')).toHaveText(account.name);
    await other.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Log out' }).click();
    await expect(other).toHaveURL(/\/login/);
  } finally {
    await other.close();
  }

  await expect(page).toHaveURL(/\/login/);
  const notice = page.getByRole('status').filter({ hasText: 'Your session has ended' });
  await expect(notice).toContainText('You logged out in another tab');
});

test('logging out brings the login screen with a "You are logged out" status, which Dismiss hides', async ({ page, portal }) => {
  const account = await createVerifiedAccount(portal, 'logged-out');
  await page.goto('/login');
  await signInWithForm(page, account.email, account.password);
  await expect(page).toHaveURL(/\/profile$/);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /^Log ?out$/ })
    .click();
  await expect(page).toHaveURL(/\/login/);
  const notice = page.getByRole('status').filter({ hasText: 'You are logged out.' });
  await expect(notice).toBeVisible();
  await expect(notice).not.toContainText('Your session has ended');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByLabel('Email')).toBeFocused();
});
