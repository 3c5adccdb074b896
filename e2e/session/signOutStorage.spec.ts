import { expect, signInToProfile, test, uniqueEmail } from 'portal-testing';
import type { Page } from '@playwright/test';

/** Every value this origin keeps in the browser's storage, keys included, as one text to search. */
const storedText = (page: Page) => page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));

// A shared computer: after "Log out", the next person must not find the last user's data in the browser's storage
// (docs/security.md B5). A pending email change is data of the user that the profile keeps between visits.
test('nothing of the user stays in storage after logout, not even a pending email change', async ({ page, account }) => {
  await signInToProfile(page, account);
  await page.getByRole('navigation', { name: 'Profile sections' }).getByRole('link', { name: 'Security' }).click();
  const email = page.getByRole('region', { name: 'Change email', exact: true });
  const newAddress = uniqueEmail('moved-away');
  await email.getByLabel('Email').fill(newAddress);
  await email.getByLabel('Current password').fill(account.password);
  await email.getByRole('button', { name: 'Change email' }).click();
  await expect(email.getByText('Pending')).toBeVisible();
  const userId = await page.evaluate(() => (JSON.parse(localStorage.getItem('shared-auth:user') ?? '{}') as { _id?: string })._id);
  expect(userId).toBeTruthy();
  expect(await storedText(page)).toContain(newAddress);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login/);
  const left = await storedText(page);
  for (const trace of [account.email, newAddress, userId!]) expect(left).not.toContain(trace);
});

// The addresses this browser asked sign-in links for are data of the user too: one asked for and never used (the user
// signed in with the password instead) must not wait in storage for the next person after "Log out".
test('an unused sign-in link request does not keep the address in storage after logout', async ({ page, account }) => {
  await page.goto('/login-with-magic-link');
  await page.getByLabel('Email').fill(account.email);
  await page.getByRole('button', { name: 'Send magic link' }).click();
  await expect(page.getByRole('status')).toContainText('Check your email');
  expect(await storedText(page)).toContain(account.email);

  await signInToProfile(page, account);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await storedText(page)).not.toContain(account.email);
});
