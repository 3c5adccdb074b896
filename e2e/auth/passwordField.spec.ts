/**
 * The password field as a user meets it with a pointer: the show/hide toggle keeps focus, caret and value in
 * the input, and the checklist of the server's rules follows what is typed.
 */
import { expect, test } from 'portal-testing';

test('show/hide keeps focus and value in the field, and the toggle says Hide while the password is shown', async ({ page }) => {
  await page.goto('/register');
  const field = page.getByLabel('Password', { exact: true });
  await field.click();
  await page.keyboard.type('correct horse');
  const toggle = page.getByRole('button', { name: /^(Show|Hide) password$/ });
  await expect(toggle).toHaveAccessibleName('Show password');
  await expect(toggle).toHaveText('Show password');

  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Hide password');
  await expect(toggle).toHaveText('Hide password');
  await expect(toggle).not.toHaveAttribute('aria-pressed');
  await expect(field).toHaveAttribute('type', 'text');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('correct horse');
  await expect(field).toHaveAttribute('autocomplete', 'new-password');
  // Typing goes on where it stopped.
  await page.keyboard.type(' battery');
  await expect(field).toHaveValue('correct horse battery');

  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Show password');
  await expect(field).toHaveAttribute('type', 'password');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('correct horse battery');
});

test('the checklist turns each rule green as it is met', async ({ page }) => {
  await page.goto('/register');
  const field = page.getByLabel('Password', { exact: true });
  const minimum = page.getByRole('listitem').filter({ hasText: 'At least 8 characters' });
  const maximum = page.getByRole('listitem').filter({ hasText: 'At most 128 characters' });
  await expect(minimum).toContainText('not yet');
  await expect(maximum).toContainText('not yet');
  const unmetColour = await minimum.evaluate((item) => getComputedStyle(item).color);

  await field.fill('short');
  await expect(maximum).toContainText('done');
  await expect(minimum).toContainText('not yet');

  await field.fill('long enough');
  await expect(minimum).toContainText('done');
  const metColour = await minimum.evaluate((item) => getComputedStyle(item).color);
  expect(metColour).not.toBe(unmetColour);
  const [red, green, blue] = metColour.match(/\d+/g)!.map(Number) as [number, number, number];
  expect(green, `${metColour} is green`).toBeGreaterThan(Math.max(red, blue));

  await field.fill('x'.repeat(129));
  await expect(maximum).toContainText('not yet');
  await expect(minimum).toContainText('done');
});
