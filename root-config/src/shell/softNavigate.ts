import { navigateToUrl } from 'single-spa';

/**
 * Click handler for the shell's links: soft navigation through single-spa, leaving modified clicks
 * (new tab, new window) to the browser. single-spa's own navigateToUrl skips preventDefault when called with
 * `this` bound to the anchor, as Solid's delegated events do, and the page would reload.
 */
export function softNavigate(event: MouseEvent & { currentTarget: HTMLAnchorElement }): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigateToUrl(event.currentTarget.href);
}
