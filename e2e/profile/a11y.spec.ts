import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from 'portal-testing/axe';
import { expect, profile, test } from './fixtures/profileTest';

for (const width of [375, 1280]) {
  test(`axe finds nothing on the profile at ${width} px`, async ({ signedIn: page }) => {
    await page.setViewportSize({ width, height: 900 });
    await expect(profile(page).sessions.getByRole('listitem').first()).toBeVisible();
    await expectNoAxeViolations(page, `the profile at ${width} px`);
  });
}

test('axe finds nothing with the name editor open and messages shown', async ({ signedIn: page }) => {
  const { details, password, email, open } = profile(page);
  await details.getByRole('button', { name: 'Change name' }).click();
  const name = details.getByRole('textbox', { name: 'Name', exact: true });
  await name.fill('');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'the profile with the name editor open and its problem shown');

  await open('Security');
  await password.getByRole('button', { name: 'Change password' }).click();
  await expect(password.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');
  await email.getByLabel('Email').fill('nobody@example.test');
  await email.getByLabel('Current password').fill('not my password at all');
  await email.getByRole('button', { name: 'Change email' }).click();
  await expect(email.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page, 'the security page with problems and an alert shown');
});

/** What Tab reaches, from where focus is, in order: each control by its label. */
async function tabThrough(page: Page, presses: number): Promise<string[]> {
  const reached: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
        return (label ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
      }),
    );
  }
  return reached;
}

test('the profile can be used with the keyboard alone: Tab reaches every control in order', async ({ signedIn: page }) => {
  await expect(profile(page).sessions.getByRole('listitem').first()).toBeVisible();
  const overview = await tabThrough(page, 25);
  for (const control of ['Overview', 'Sessions', 'Security', 'Change avatar', 'Change name']) {
    expect(overview, `Tab reaches ${control}`).toContain(control);
  }
  await profile(page).open('Security');
  const security = await tabThrough(page, 25);
  for (const control of ['Current password', 'New password', 'Email', 'Log out']) {
    expect(security, `Tab reaches ${control}`).toContain(control);
  }
});
