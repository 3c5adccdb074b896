import { expect, test } from 'portal-testing';

test('the Local backend badge links to the mail outbox and stays dismissed for the visit', async ({ page, context }) => {
  await page.goto('/register');
  const badge = page.getByRole('complementary', { name: 'Local backend' });
  await expect(badge).toBeVisible();

  const outboxTab = context.waitForEvent('page');
  await badge.getByRole('link', { name: 'Open mail outbox' }).click();
  const outbox = await outboxTab;
  await expect(outbox.getByRole('heading', { name: 'Outbox', level: 1 })).toBeVisible();
  await outbox.close();

  await badge.getByRole('button', { name: 'Dismiss local backend notice' }).click();
  await expect(badge).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Email')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Local backend' })).toHaveCount(0);
});

test('the badge sits in the footer and covers no control', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 640 });
  await page.goto('/login');
  const badge = page.getByRole('complementary', { name: 'Local backend' });
  await expect(badge).toBeVisible();
  expect(await badge.evaluate((element) => getComputedStyle(element).position)).toBe('static');
  expect(await badge.evaluate((element) => element.closest('footer') !== null)).toBe(true);
});
