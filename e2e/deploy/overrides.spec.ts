import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'portal-testing';
import type { PortalConfig } from 'portal-contract';
import { editPortalConfig } from '../composition/portalConfig';
import { serveDist } from '../composition/remoteServer';

const liveConfig = fileURLToPath(new URL('../../root-config/dist/portal.config.json', import.meta.url));

test('a developer override to an allowed origin loads that build and shows a banner', async ({ page }) => {
  // The shipped config keeps overrides off; a developer turns them on in the deployed copy (the page's CSP follows it).
  const original = readFileSync(liveConfig, 'utf8');
  const config = JSON.parse(original) as PortalConfig;
  writeFileSync(liveConfig, JSON.stringify({ ...config, overrides: { enabled: true, allowedOrigins: ['http://localhost:9101'] } }));
  const local = await serveDist('auth-mfe', 9101);
  try {
    const fromLocal = page.waitForRequest((request) => request.url().startsWith(local.url));
    await page.goto(`/login?override.auth-mfe=${encodeURIComponent(local.url)}`);
    await fromLocal;
    await expect(page.getByRole('status').filter({ hasText: 'Developer override active' })).toContainText('auth-mfe');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible();

    await page.getByRole('button', { name: 'Clear overrides' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Developer override' })).toHaveCount(0);
  } finally {
    await local.close();
    writeFileSync(liveConfig, original);
  }
});

test('an override is refused when portal.config.json disables overrides', async ({ page }) => {
  await editPortalConfig(page, (config) => ({ ...config, overrides: { enabled: false, allowedOrigins: [] } }));
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/login?override.auth-mfe=http%3A%2F%2Flocalhost%3A9101%2FremoteEntry.js');
  await expect(page.getByRole('status').filter({ hasText: 'refused' })).toContainText('overrides are disabled');
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible();
  expect(requests.some((url) => url.startsWith('http://localhost:9101/'))).toBe(false);
  expect(requests).toContain('http://localhost:9001/remoteEntry.js');
});
