/**
 * A page watcher: the address bar history and the requests' Referer headers (so a test can prove a token never
 * stays in the URL nor leaves in a Referer), and the page's problems: page errors and the warnings of a second
 * copy of Solid or shared-auth (what goes wrong when a host shares modules badly).
 */
import type { Page } from '@playwright/test';

export interface PageWatch {
  /** Every URL the main frame showed, including history.replaceState changes seen at each navigation. */
  urls: string[];
  referers: string[];
  /** Page errors and duplicate-module warnings; the `watch` fixture fails the test when there are any. */
  problems: string[];
}

const DUPLICATES = /multiple instances of Solid|loaded twice on this page/i;

export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { urls: [], referers: [], problems: [] };
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) watch.urls.push(frame.url());
  });
  page.on('request', (request) => {
    const referer = request.headers()['referer'];
    if (referer) watch.referers.push(referer);
  });
  page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (DUPLICATES.test(message.text())) watch.problems.push(`console: ${message.text()}`);
  });
  return watch;
}
