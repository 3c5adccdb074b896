import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { PortalConfig, RemoteName } from 'portal-contract';

const liveConfig = fileURLToPath(new URL('../../root-config/dist/portal.config.json', import.meta.url));

/**
 * Edits the deployed portal.config.json for one test, as an operator's edit would: the static server then
 * serves the edited file, writes it into the page's HTML and derives the page's CSP and preloads from it.
 * The original is back when the test's page closes (tests run one at a time: playwright.config.ts).
 */
export function editPortalConfig(page: Page, edit: (config: PortalConfig) => PortalConfig): Promise<void> {
  const original = readFileSync(liveConfig, 'utf8');
  writeFileSync(liveConfig, JSON.stringify(edit(JSON.parse(original) as PortalConfig), null, 2));
  page.once('close', () => writeFileSync(liveConfig, original));
  return Promise.resolve();
}

/** Serves the page a portal.config.json whose remote URLs are changed. */
export function overrideRemotes(page: Page, remotes: Partial<Record<RemoteName, string>>): Promise<void> {
  return editPortalConfig(page, (config) => ({ ...config, remotes: { ...config.remotes, ...remotes } }));
}
