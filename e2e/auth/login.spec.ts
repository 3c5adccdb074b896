import { createVerifiedAccount, expect, signInWithForm, test } from 'portal-testing';

test('a wrong password gets an alert with focus; the email stays, the password is cleared', async ({ page, portal }) => {
  const account = await createVerifiedAccount(portal, 'wrong');
  await page.goto('/login');
  await signInWithForm(page, account.email, 'not the right password');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The email or password is not right');
  await expect(alert).toBeFocused();
  await expect(page.getByLabel('Email')).toHaveValue(account.email);
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  await expect(page).toHaveURL(/\/login$/);
});

test('signing in leads to the page first asked for', async ({ page, portal }) => {
  const account = await createVerifiedAccount(portal, 'redirect');
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/login\?redirect=%2Fprofile$/);
  await signInWithForm(page, account.email, account.password);
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByTestId('header-user-name')).toHaveText(account.name);
});

test('a redirect to another origin is ignored: the user lands on /profile (docs/security.md B2)', async ({ page, portal }) => {
  const account = await createVerifiedAccount(portal, 'evil');
  await page.goto('/login?redirect=https%3A%2F%2Fevil.test%2Fsteal');
  await signInWithForm(page, account.email, account.password);
  await expect(page).toHaveURL('/profile');
  await page.goto('/login?redirect=%2F%2Fevil.test');
  await expect(page).toHaveURL('/profile');
});

test('works by keyboard alone, with the password shown and hidden again', async ({ page, portal }) => {
  const account = await createVerifiedAccount(portal, 'keyboard');
  await page.goto('/login');
  await page.getByLabel('Email').focus();
  await page.keyboard.type(account.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await page.keyboard.type(account.password);
  await page.keyboard.press('Tab');
  const toggle = page.getByRole('button', { name: /^(Show|Hide) password$/ });
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAccessibleName('Hide password');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('type', 'text');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('autocomplete', 'current-password');
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('type', 'password');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Log in', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/profile$/);
});

test('the links move between the screens without reloading the page', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same-document'));
  const main = page.getByRole('main');
  await main.getByRole('link', { name: 'Log in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeFocused();
  await main.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await main.getByRole('link', { name: 'Back to login' }).click();
  await main.getByRole('link', { name: 'Log in with a magic link' }).click();
  await expect(page.getByRole('button', { name: 'Send magic link' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same-document');
});
