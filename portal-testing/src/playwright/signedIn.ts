/** Puts a session into a page's localStorage for each origin, the way shared-auth reads it, without the login UI. */
import type { Page } from '@playwright/test';
import type { StorageEntry } from '../node/session.js';

const BLANK_PATH = '/__portal-testing__/sign-in';

/**
 * For each origin: opens a blank page of that origin (answered by the test, not the server, so no app runs),
 * writes the entries, and leaves the page on about:blank. The next page of these origins starts signed in.
 */
export async function writeSession(page: Page, origins: string[], entries: StorageEntry[]): Promise<void> {
  for (const origin of origins) {
    const blank = `${new URL(origin).origin}${BLANK_PATH}`;
    await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>portal-testing</title>' }));
    try {
      await page.goto(blank);
      await page.evaluate((items) => {
        for (const { name, value } of items) localStorage.setItem(name, value);
      }, entries);
    } finally {
      await page.unroute(blank);
    }
  }
  await page.goto('about:blank');
}
