/**
 * The profile's deep links (/profile, /profile/sessions, /profile/security): each loads cold, each is guarded
 * (a signed-out visitor signs in and lands on it), and the browser's back button moves between them.
 */
import { expect, signInWithForm as signIn } from 'portal-testing';
import { profile, test } from './fixtures/profileTest';

test('a deep link to /profile/security opens the security section cold', async ({ signedIn: page }) => {
  await page.goto('/profile/security');
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await expect(profile(page).password).toBeVisible();
  await expect(profile(page).email).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Profile sections' }).getByRole('link', { name: 'Security' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(profile(page).avatar).toHaveCount(0);
});

test('a signed-out visitor of /profile/security signs in and lands on it', async ({ page, account }) => {
  await page.goto('/profile/security');
  await expect(page).toHaveURL(/\/login\?redirect=%2Fprofile%2Fsecurity$/);
  await signIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/profile\/security$/);
  await expect(profile(page).password).toBeVisible();
});

test('the back button moves between the profile’s sections', async ({ signedIn: page }) => {
  const { avatar, sessions, password, open } = profile(page);
  await expect(avatar).toBeVisible();
  await open('Security');
  await expect(page).toHaveURL(/\/profile\/security$/);
  await expect(password).toBeVisible();
  await open('Sessions');
  await expect(page).toHaveURL(/\/profile\/sessions$/);
  await expect(sessions).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/profile\/security$/);
  await expect(password).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(avatar).toBeVisible();
  await page.goForward();
  await expect(password).toBeVisible();
});
