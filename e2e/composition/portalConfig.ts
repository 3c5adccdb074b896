import type { Page } from '@playwright/test';
import type { PortalConfig, RemoteName } from 'shared-auth';

const INLINE = /(<script type="application\/json" id="portal-config">)([\s\S]*?)(<\/script>)/;

/**
 * Serves the page an edited portal.config.json, as an operator's edit of the deployed file would: both the copy
 * the static server writes into the HTML and the file itself (fetched when the HTML has no copy).
 */
export async function editPortalConfig(page: Page, edit: (config: PortalConfig) => PortalConfig): Promise<void> {
  await page.route(
    (url) => url.pathname.endsWith('/portal.config.json'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: edit((await response.json()) as PortalConfig) });
    },
  );
  await page.route('http://localhost:9000/**', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    const html = await response.text();
    const body = html.replace(INLINE, (_all, open: string, json: string, close: string) => {
      const edited = JSON.stringify(edit(JSON.parse(json) as PortalConfig)).replaceAll('<', '\\u003c');
      return `${open}${edited}${close}`;
    });
    // the body is given decoded: the served encoding and length no longer apply
    const headers = Object.fromEntries(
      Object.entries(response.headers()).filter(([name]) => !['content-encoding', 'content-length'].includes(name)),
    );
    await route.fulfill({ status: response.status(), headers, body });
  });
}

/** Serves the page a portal.config.json whose remote URLs are changed. */
export function overrideRemotes(page: Page, remotes: Partial<Record<RemoteName, string>>): Promise<void> {
  return editPortalConfig(page, (config) => ({ ...config, remotes: { ...config.remotes, ...remotes } }));
}
