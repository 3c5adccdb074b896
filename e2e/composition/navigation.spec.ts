import { expect, signInWithForm, test } from 'portal-testing';

test('navigation between the shell and the auth micro-frontend happens without a full reload', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same-document'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByLabel('Email')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Register' }).click();
  await expect(page.getByLabel('Name')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same-document');
});

test('unknown paths get the not-found page and no micro-frontend', async ({ page }) => {
  await page.goto('/definitely/not/here');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveCount(0);
});

test('signed-out visitors of /profile are sent to /login with the way back remembered', async ({ page }) => {
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/login\?redirect=%2Fprofile$/);
  await expect(page.getByLabel('Email')).toBeVisible();
});

test('every route names the tab, in the page language, and the title follows each move', async ({ page }) => {
  await page.goto('/login');
  await expect(page).toHaveTitle('Log in · Portal');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Register' }).click();
  await expect(page).toHaveTitle('Create an account · Portal');
  await page.getByRole('main').getByRole('link', { name: 'Log in', exact: true }).click();
  await expect(page).toHaveTitle('Log in · Portal');
  await page.goto('/nowhere');
  await expect(page).toHaveTitle('Page not found · Portal');
  await page.getByLabel('Language').selectOption('de');
  await expect(page).toHaveTitle('Seite nicht gefunden · Portal');
});

test('the first Tab reaches a skip link that moves focus past the header to the main region', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).not.toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL(/\/login$/);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Email')).toBeFocused();
});

test("a move to another app's page focuses its heading, with a ring only when the keyboard moved", async ({ page }) => {
  const heading = page.getByRole('heading', { level: 1, name: 'Log in' });
  const header = page.getByRole('navigation', { name: 'Main' });

  await page.goto('/nowhere');
  await header.getByRole('link', { name: 'Log in' }).click();
  await expect(heading).toBeFocused();
  expect(await heading.evaluate((element) => element.matches(':focus-visible'))).toBe(false);
  expect(await heading.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('none');

  await page.goto('/nowhere');
  await header.getByRole('link', { name: 'Log in' }).focus();
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  expect(await heading.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
  expect(await heading.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
});

test('a screen that focuses its alert on a fresh load shows no ring until the keyboard is used', async ({ page }) => {
  await page.goto('/auth-redirect?action=email-confirm&status=400&error=This%20link%20is%20invalid%20or%20has%20expired.');
  const alert = page.getByRole('alert').filter({ hasText: 'This link is invalid or has expired.' });
  await expect(alert).toBeFocused();
  expect(await alert.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('none');
  await page.keyboard.press('Shift');
  expect(await alert.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
});

for (const width of [1280, 390]) {
  test(`the header keeps its height signed in and out at ${width} px`, async ({ page, account }) => {
    await page.setViewportSize({ width, height: 800 });
    const header = page.getByRole('banner');
    await page.goto('/login');
    await expect(header.getByRole('link', { name: 'Register' })).toBeVisible();
    const signedOut = (await header.boundingBox())!.height;
    await signInWithForm(page, account.email, account.password);
    await expect(header.getByRole('button', { name: 'Log out' })).toBeVisible();
    expect((await header.boundingBox())!.height).toBe(signedOut);
  });
}
