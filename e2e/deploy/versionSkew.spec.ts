import { expect, test } from 'portal-testing';
import { overrideRemotes } from '../composition/portalConfig';
import { serveDist } from '../composition/remoteServer';
import { buildPart } from './buildPart';

test('an app built against an older minor contract keeps working with a newer shared-auth', async ({ page }) => {
  const newer = await serveDist('shared-auth', 9103, buildPart('shared-auth', { CONTRACT_VERSION_OVERRIDE: '1.7.0' }));
  try {
    await overrideRemotes(page, { 'shared-auth': newer.url });
    await page.goto('/login');
    await expect(page.getByLabel('Email')).toBeVisible();
    expect(
      await page.evaluate(() => (globalThis as unknown as Record<symbol, { version: string }>)[Symbol.for('shared-auth')]?.version),
    ).toBe('1.7.0');
  } finally {
    await newer.close();
  }
});

test('an app built for another major contract is refused with a clear fallback', async ({ page }) => {
  const future = await serveDist('auth-mfe', 9101, buildPart('auth-mfe', { CONTRACT_VERSION_OVERRIDE: '2.0.0' }));
  try {
    await overrideRemotes(page, { 'auth-mfe': future.url });
    await page.goto('/login');
    await expect(page.getByRole('alert').filter({ hasText: 'Logging in is temporarily unavailable' })).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  } finally {
    await future.close();
  }
});
