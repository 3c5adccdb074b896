// A flow that crosses apps through the mail: the outbox fixture hands the test the link the user would click.
import { expect, test } from 'portal-testing';

test.afterEach(async ({ account, resetBackend }) => {
  await resetBackend({ email: account.email });
});

test('a magic link from the outbox signs the user in to the portal', async ({ page, account, outbox }) => {
  await page.goto('/login-with-magic-link');
  await page.getByLabel('Email').fill(account.email);
  await page.getByRole('button', { name: 'Send magic link' }).click();
  await expect(page.getByRole('status')).toContainText('Check your email');

  await page.goto(await outbox.nextLink(account.email, { action: 'magic-link' }));
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByText(account.name)).toBeVisible();
});
