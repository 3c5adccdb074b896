import AxeBuilder from '@axe-core/playwright';
import { createVerifiedAccount, expect, signInWithForm, test } from 'portal-testing';

/** The colour of one pixel of a screenshot, read back by the browser's own PNG decoder. */
async function pixel(page: import('@playwright/test').Page, png: Buffer, x: number, y: number): Promise<[number, number, number]> {
  return page.evaluate(
    async ({ data, x, y }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const [r, g, b] = context.getImageData(x, y, 1, 1).data;
      return [r!, g!, b!] as [number, number, number];
    },
    { data: png.toString('base64'), x, y },
  );
}

test('the login parcel works inside the embed demo host with its custom theme', async ({ page, portal }, testInfo) => {
  const answer = await page.goto('/embed-demo');
  expect(answer?.status(), 'the root config serves the embed demo host page').toBe(200);
  const parcel = page.locator('#acme-login');
  const login = parcel.getByRole('button', { name: 'Log in', exact: true });
  await expect(login).toBeVisible();

  // Themed by the host through the documented custom properties only.
  const root = parcel.locator('.pui-root');
  await expect(root).toHaveCSS('--sa-color-primary', '#6b2d5c');
  await expect(login).toHaveCSS('background-color', 'rgb(107, 45, 92)');
  await expect(root).toHaveCSS('font-family', /Georgia/);
  await expect(login).toHaveCSS('border-radius', '0px');

  // The same colour, seen: a pixel inside the button of a screenshot (kept in the report to look at).
  const shot = await page.screenshot();
  await testInfo.attach('embed-demo', { body: shot, contentType: 'image/png' });
  const box = (await login.boundingBox())!;
  const [r, g, b] = await pixel(page, shot, Math.round(box.x + 6), Math.round(box.y + box.height / 2));
  expect(Math.abs(r - 107) + Math.abs(g - 45) + Math.abs(b - 92)).toBeLessThan(12);

  // Scoped: no parcel rule reaches the host's own elements.
  await expect(page.locator('.acme-bar')).toHaveCSS('background-color', 'rgb(107, 45, 92)');
  await expect(page.getByRole('heading', { name: 'Welcome to Acme' })).not.toHaveClass(/pui-|auth-/);

  const axe = await new AxeBuilder({ page }).include('#acme-login').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  const account = await createVerifiedAccount(portal, 'embed');
  await signInWithForm(page, account.email, account.password, parcel);
  await expect(page.locator('#acme-result')).toHaveText(`Logged in to Acme as ${account.name}`);
  await expect(page).toHaveURL(/\/embed-demo$/);
});

test('the parcels stay inside the host: their links switch screens in place, sign-in shows who is signed in', async ({ page, portal }) => {
  await page.goto('/embed-demo');
  const parcel = page.locator('#acme-login');
  const loginHeading = parcel.getByRole('heading', { level: 1, name: 'Log in' });
  await expect(loginHeading).toBeVisible();

  const links = [
    ['Forgot password?', 'Forgot your password?', 'Back to login'],
    ['Log in with a magic link', 'Log in with a magic link', 'Back to login'],
    ['Create an account', 'Create an account', 'Log in'],
  ] as const;
  for (const [link, heading, back] of links) {
    await parcel.getByRole('link', { name: link }).click();
    await expect(parcel.getByRole('heading', { level: 1, name: heading })).toBeFocused();
    await expect(page, `"${link}" keeps the host page`).toHaveURL(/\/embed-demo$/);
    await parcel.getByRole('link', { name: back, exact: true }).click();
    await expect(loginHeading).toBeFocused();
    await expect(page).toHaveURL(/\/embed-demo$/);
  }
  // The register parcel's Log in link shows the login screen in that parcel, on the host page.
  const register = page.locator('#acme-register');
  await register.getByRole('link', { name: 'Log in', exact: true }).click();
  await expect(register.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expect(page).toHaveURL(/\/embed-demo$/);

  const account = await createVerifiedAccount(portal, 'embed-stay');
  await signInWithForm(page, account.email, account.password, parcel);
  await expect(parcel.getByRole('status')).toHaveText(`Logged in as ${account.name}`);
  await expect(parcel.getByLabel('Password', { exact: true }), 'the filled form is gone').toHaveCount(0);
  await expect(register.getByRole('status'), 'every parcel on the page knows').toHaveText(`Logged in as ${account.name}`);
  await expect(page).toHaveURL(/\/embed-demo$/);
  await expect(page.locator('#acme-result')).toHaveText(`Logged in to Acme as ${account.name}`);
  const axe = await new AxeBuilder({ page }).include('#acme-login').include('#acme-register').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Reloaded, still signed in; Log out brings back an empty form.
  await page.reload();
  await expect(parcel.getByRole('status')).toHaveText(`Logged in as ${account.name}`);
  await parcel.getByRole('button', { name: 'Log out' }).click();
  await expect(parcel.getByLabel('Email')).toHaveValue('');
  await expect(page.locator('#acme-result')).toHaveText('');
});

test("the register parcel's consent links open the demo's terms and privacy pages", async ({ page, context }) => {
  await page.goto('/embed-demo');
  const register = page.locator('#acme-register');
  for (const [link, heading] of [
    ['Terms of Service', 'Acme terms of service (demo)'],
    ['Privacy Policy', 'Acme privacy policy (demo)'],
  ] as const) {
    const opened = context.waitForEvent('page');
    await register.getByRole('link', { name: link }).click();
    const document = await opened;
    await expect(document.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await document.getByRole('link', { name: 'Back to the Acme login' }).click();
    await expect(document.getByRole('heading', { level: 1, name: 'Welcome to Acme' })).toBeVisible();
    await document.close();
  }
});
