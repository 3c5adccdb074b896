/**
 * Consent at sign-up: the register parcel of the embed demo is given terms and privacy links, so it shows a
 * required checkbox naming both; sign-up is refused until it is ticked, and nothing typed is lost.
 */
import { expect, mailLink, newAccount, readOutbox, test } from 'portal-testing';

test('sign-up cannot be submitted until the consent box is ticked', async ({ page, portal }) => {
  const account = newAccount('consent');
  await page.goto('/embed-demo');
  const parcel = page.getByRole('region', { name: 'Register parcel' });
  await parcel.getByLabel('Name').fill(account.name);
  await parcel.getByLabel('Email').fill(account.email);
  await parcel.getByLabel('Password', { exact: true }).fill(account.password);

  const consent = parcel.getByRole('checkbox', { name: /^I agree to the Terms of Service.* and the Privacy Policy/ });
  await expect(consent).not.toBeChecked();
  await expect(parcel.getByRole('link', { name: /Terms of Service/ })).toHaveAttribute('href', '/embed-demo/terms');
  await expect(parcel.getByRole('link', { name: /Privacy Policy/ })).toHaveAttribute('href', '/embed-demo/privacy');

  await parcel.getByRole('button', { name: 'Create account' }).click();
  await expect(parcel.getByRole('alert')).toContainText('please agree by ticking the box');
  await expect(consent).toBeFocused();
  await expect(parcel.getByLabel('Email')).toHaveValue(account.email);
  await expect(parcel.getByLabel('Password', { exact: true })).toHaveValue(account.password);
  expect(await readOutbox(portal, account.email), 'no account was asked for').toEqual([]);

  await page.keyboard.press('Space');
  await expect(consent).toBeChecked();
  await parcel.getByRole('button', { name: 'Create account' }).click();
  await expect(parcel.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await mailLink(portal, account.email, 'email-confirm');
});
