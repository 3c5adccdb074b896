// The host's own page with the portal's login parcel in it: a fresh account per test, signed in through the parcel.
import { expect, signInWithForm, test } from 'portal-testing';
import { HOST_URL } from './host';

test('a user signs in through the login parcel embedded in the host page and the host greets them', async ({ page, account, watch }) => {
  await page.goto(HOST_URL);
  const parcel = page.getByRole('region', { name: 'Log in to Acme' });
  await signInWithForm(page, account.email, account.password, parcel);
  await expect(page.getByRole('status').filter({ hasText: 'Welcome to Acme Tools' })).toHaveText(`Welcome to Acme Tools, ${account.name}`);
  await expect(parcel.getByRole('button', { name: 'Log in', exact: true })).toHaveCount(0);
  expect(watch.problems).toEqual([]);
});
