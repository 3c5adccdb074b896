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
  const { details, password, email } = profile(page);
  await details.getByRole('button', { name: 'Change name' }).click();
  await details.getByRole('textbox', { name: 'Name', exact: true }).fill('');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details.getByRole('alert')).toBeVisible();
  await password.getByRole('button', { name: 'Save' }).click();
  await expect(password.getByRole('alert')).toBeVisible();
  await email.getByLabel('Email').fill('nobody@example.test');
  await email.getByRole('button', { name: 'Save' }).click();
  await expect(email.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page, 'the profile with the name editor open and messages shown');
});

test('the profile can be used with the keyboard alone: Tab reaches every control in order', async ({ signedIn: page }) => {
  await expect(profile(page).sessions.getByRole('listitem').first()).toBeVisible();
  const reached: string[] = [];
  for (let i = 0; i < 25; i++) {
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
  for (const control of ['Change avatar', 'Change name', 'Current password', 'New password', 'Email', 'Logout']) {
    expect(reached, `Tab reaches ${control}`).toContain(control);
  }
});
