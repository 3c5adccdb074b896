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

test('a stopped remote leaves the shell working with a fallback, and Retry recovers', async ({ page }) => {
  const remote = await serveDist('auth-mfe', 9102);
  await remote.close();
  await overrideRemotes(page, { 'auth-mfe': remote.url });
  await page.goto('/login');

  const fallback = page.getByRole('alert').filter({ hasText: 'Sign-in is temporarily unavailable' });
  await expect(fallback).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Register' })).toBeVisible();

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log in' }).click();
  await expect(fallback).toBeVisible();

  const restarted = await serveDist('auth-mfe', 9102);
  try {
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByLabel('Email')).toBeVisible();
    await expect(fallback).toHaveCount(0);
  } finally {
    await restarted.close();
  }
});
