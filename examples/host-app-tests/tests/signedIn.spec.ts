// A signed-in test: the kit writes the session the way the portal reads it, so no test signs in through the UI.
import { expect, test } from 'portal-testing';

test('a signed-in user opens the profile without ever visiting /login', async ({ signedInPage: page, account, watch }) => {
  await page.goto('/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByText(account.name)).toBeVisible();
  await expect(page).toHaveURL(/\/profile$/);
  expect(watch.urls.filter((url) => new URL(url).pathname.startsWith('/login'))).toEqual([]);
});
