import type { Page } from '@playwright/test';
import type { PortalConfig, RemoteName } from 'shared-auth';

/** Serves the page a portal.config.json whose remote URLs are changed, as an operator's edit would. */
export async function overrideRemotes(page: Page, remotes: Partial<Record<RemoteName, string>>): Promise<void> {
  await page.route('**/portal.config.json', async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as PortalConfig;
    await route.fulfill({ response, json: { ...config, remotes: { ...config.remotes, ...remotes } } });
  });
}
