import { expect, test } from 'portal-testing';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PortalConfig } from 'portal-contract';
import { serveDist } from '../composition/remoteServer';
import { buildPart } from './buildPart';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const liveConfig = join(repo, 'root-config/dist/portal.config.json');

function fingerprints(part: string): Record<string, string> {
  const dir = join(repo, part, 'dist');
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return Object.fromEntries(
    walk(dir)
      .filter((file) => !file.endsWith('portal.config.json'))
      .map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );
}

test('a new profile-mfe build is deployed by uploading it and editing portal.config.json alone', async ({ page }) => {
  const label = `canary-${Date.now()}`;
  const others = ['root-config', 'shared-auth', 'auth-mfe'];
  const before = Object.fromEntries(others.map((part) => [part, fingerprints(part)]));
  const original = readFileSync(liveConfig, 'utf8');

  await page.goto('/');
  await page.getByRole('button', { name: 'About this portal' }).click();
  await expect(page.getByRole('row', { name: /profile-mfe/ })).not.toContainText(label);

  const release = await serveDist('profile-mfe', 9104, buildPart('profile-mfe', { BUILD_LABEL: label }));
  try {
    const config = JSON.parse(original) as PortalConfig;
    writeFileSync(liveConfig, JSON.stringify({ ...config, remotes: { ...config.remotes, 'profile-mfe': release.url } }, null, 2));

    const fromRelease = page.waitForRequest((request) => request.url().startsWith('http://localhost:9104/'));
    await page.reload();
    await page.getByRole('button', { name: 'About this portal' }).click();
    await expect(page.getByRole('row', { name: /profile-mfe/ })).toContainText(`(${label})`);
    await fromRelease;
  } finally {
    writeFileSync(liveConfig, original);
    await release.close();
  }
  for (const part of others) expect(fingerprints(part), `${part} must not change`).toEqual(before[part]);
});
