import type { Page } from '@playwright/test';
import type { PortalConfig, RemoteName } from 'shared-auth';

/**
 * Serves the page an edited portal.config.json, as an operator's edit of the deployed file would. The static
 * server also writes the file into the HTML; a routed (fulfilled) document would lose its loopback address
 * space in Chromium (Local Network Access then blocks every remote), so instead the page drops that copy before
 * it is read and fetches the (routed) file, as it does from a server that does not inline it.
 */
export async function editPortalConfig(page: Page, edit: (config: PortalConfig) => PortalConfig): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const inline = document.getElementById('portal-config');
      if (!inline) return;
      inline.remove();
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.route(
    (url) => url.pathname.endsWith('/portal.config.json'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: edit((await response.json()) as PortalConfig) });
    },
  );
}

/** Serves the page a portal.config.json whose remote URLs are changed. */
export function overrideRemotes(page: Page, remotes: Partial<Record<RemoteName, string>>): Promise<void> {
  return editPortalConfig(page, (config) => ({ ...config, remotes: { ...config.remotes, ...remotes } }));
}
