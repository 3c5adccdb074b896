/**
 * The dark theme: with the browser in dark mode the screens take portal-ui's dark token set (and the shell its
 * dark --portal-* set), and axe finds no violation (contrast included) on /login, /register and /profile, in
 * their plain and their message states. A host that passes colours in `theme` keeps its (light) look.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from 'portal-testing/axe';
import { expect, profile, test } from '../profile/fixtures/profileTest';

test.use({ colorScheme: 'dark' });

const DARK_BG = 'rgb(13, 17, 23)';
const DARK_SURFACE = 'rgb(22, 27, 34)';

/** The page really is dark: the shell's background and the screen's card. */
async function expectDark(page: Page, card: string): Promise<void> {
  await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);
  await expect(page.locator(card).first()).toHaveCSS('background-color', DARK_SURFACE);
}

test('axe finds nothing on /login in dark, with and without an alert', async ({ page }) => {
  await page.goto('/login');
  const login = page.getByRole('button', { name: 'Log in', exact: true });
  await expect(login).toBeVisible();
  await expectDark(page, '.pui-card');
  await expectNoAxeViolations(page, '/login (dark)');

  await page.getByLabel('Email').fill('nobody-dark@example.test');
  await page.getByLabel('Password', { exact: true }).fill('not a real password');
  await login.click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByLabel('Email').focus();
  await expectNoAxeViolations(page, '/login with an alert (dark)');
});

test('axe finds nothing on /register in dark, with field errors', async ({ page }) => {
  await page.goto('/register');
  const create = page.getByRole('button', { name: 'Create account' });
  await expect(create).toBeVisible();
  await expectDark(page, '.pui-card');
  await expectNoAxeViolations(page, '/register (dark)');

  await create.click();
  await expect(page.locator('.pui-field-error').first()).toBeVisible();
  await expectNoAxeViolations(page, '/register with field errors (dark)');
});

for (const width of [375, 1280]) {
  test(`axe finds nothing on /profile in dark at ${width} px, with messages shown`, async ({ signedIn: page }) => {
    await page.setViewportSize({ width, height: 900 });
    const { sessions, password, open } = profile(page);
    await expect(sessions.getByRole('listitem').first()).toBeVisible();
    await expectDark(page, '.profile-card');
    await expectNoAxeViolations(page, `/profile at ${width} px (dark)`);

    await open('Security');
    await password.getByLabel('Current password').fill('not my password at all');
    await password.getByLabel('New password').fill('another long passphrase 2025');
    await password.getByRole('button', { name: 'Change password' }).click();
    await expect(password.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page, `/profile/security with an alert at ${width} px (dark)`);
  });
}

test('a host that passes theme colours keeps its light look in dark mode', async ({ page }) => {
  await page.goto('/embed-demo');
  const parcel = page.locator('#acme-login');
  const login = parcel.getByRole('button', { name: 'Log in', exact: true });
  await expect(login).toBeVisible();
  await expect(login).toHaveCSS('background-color', 'rgb(107, 45, 92)');
  await expect(login).toHaveCSS('color', 'rgb(255, 255, 255)');
  await expect(parcel.getByLabel('Email')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  const axe = await new AxeBuilder({ page }).include('#acme-login').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});
