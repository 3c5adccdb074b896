import AxeBuilder from '@axe-core/playwright';
import { expect, test } from 'portal-testing';
import { overrideRemotes } from './portalConfig';
import { serveDist } from './remoteServer';

test('each part comes from its own server, solid-js, portal-ui and shared-auth only once', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/login');
  await expect(page.getByLabel('Email')).toBeVisible();

  const solidCore = requests.filter((url) => /__federation_shared_solid-js-[\w-]+\.js$/.test(url));
  expect(solidCore).toHaveLength(1);
  const portalUi = requests.filter((url) => /__federation_shared_portal-ui-[\w-]+\.js$/.test(url));
  expect(portalUi, 'the design system comes once, from the host').toEqual([expect.stringMatching(/^http:\/\/localhost:9000\//)]);
  expect(requests.filter((url) => url.startsWith('http://localhost:9003/remoteEntry.js'))).toHaveLength(1);
  expect(requests.some((url) => url.startsWith('http://localhost:9001/'))).toBe(true);
  expect(await page.evaluate(() => Object.getOwnPropertySymbols(globalThis).filter((s) => s.description === 'shared-auth').length)).toBe(1);
});

test('a remote URL changed in portal.config.json is used without rebuilding the root config', async ({ page }) => {
  const moved = await serveDist('auth-mfe', 9101);
  try {
    await overrideRemotes(page, { 'auth-mfe': moved.url });
    const fromMoved = page.waitForRequest((request) => request.url() === moved.url);
    await page.goto('/login');
    await fromMoved;
    await expect(page.getByLabel('Email')).toBeVisible();
  } finally {
    await moved.close();
  }
});

test('a stopped remote leaves the shell working with a fallback, and Try again recovers', async ({ page }) => {
  const remote = await serveDist('auth-mfe', 9102);
  await remote.close();
  await overrideRemotes(page, { 'auth-mfe': remote.url });
  await page.goto('/login');

  const fallback = page.getByRole('alert').filter({ hasText: 'Logging in is temporarily unavailable' });
  await expect(fallback).toBeVisible();
  await expect(fallback.getByRole('heading', { level: 1 })).toHaveText('A part of the portal could not load');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Register' })).toBeVisible();
  // The technical line waits in a disclosure.
  const technical = fallback.locator('code');
  await expect(technical).toBeHidden();
  await fallback.getByText('Technical details').click();
  await expect(technical).toBeVisible();
  await expect(technical).toContainText('auth-mfe: ');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log in' }).click();
  await expect(fallback).toBeVisible();

  const restarted = await serveDist('auth-mfe', 9102);
  try {
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByLabel('Email')).toBeVisible();
    await expect(fallback).toHaveCount(0);
  } finally {
    await restarted.close();
  }
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('a part that cannot load is named in German, the header kept', async ({ page }) => {
    const remote = await serveDist('auth-mfe', 9102);
    await remote.close();
    await overrideRemotes(page, { 'auth-mfe': remote.url });
    await page.goto('/login');

    const fallback = page.getByRole('alert').filter({ hasText: 'Die Anmeldung ist vorübergehend nicht verfügbar' });
    await expect(fallback.getByRole('heading', { level: 1 })).toHaveText('Ein Teil des Portals konnte nicht geladen werden');
    await expect(fallback.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
    await expect(fallback.getByText('Technische Details')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Registrieren' })).toBeVisible();
  });

  test('a portal that cannot start keeps its header and says so in German, with Try again', async ({ page }) => {
    const remote = await serveDist('shared-auth', 9104);
    await remote.close();
    await overrideRemotes(page, { 'shared-auth': remote.url });
    await page.goto('/login');

    const failure = page.getByRole('alert');
    await expect(failure.getByRole('heading', { level: 1 })).toHaveText('Das Portal konnte nicht geladen werden');
    await expect(failure).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Portal' })).toBeVisible();
    await failure.getByText('Technische Details').click();
    await expect(failure.locator('code')).toBeVisible();

    const restarted = await serveDist('shared-auth', 9104);
    try {
      await failure.getByRole('button', { name: 'Erneut versuchen' }).click();
      await expect(page.getByLabel('E-Mail')).toBeVisible();
    } finally {
      await restarted.close();
    }
  });
});
