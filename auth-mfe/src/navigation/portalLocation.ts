import { createSignal, onCleanup } from 'solid-js';

export interface PortalLocation {
  pathname: () => string;
  search: () => string;
  navigate: (url: string, options?: { replace?: boolean }) => void;
}

/**
 * The address bar as signals, for the few paths this app owns. It follows every change single-spa or the
 * shell makes (single-spa turns pushState/replaceState into popstate events) and the browser's back/forward.
 * A full router (@solidjs/router) would cost 6 kB gzip of our 15 kB budget for matching seven fixed paths.
 */
export function createPortalLocation(): PortalLocation {
  const read = () => ({ pathname: window.location.pathname, search: window.location.search });
  const [current, setCurrent] = createSignal(read(), {
    equals: (a, b) => a.pathname === b.pathname && a.search === b.search,
  });
  const sync = () => setCurrent(read());
  window.addEventListener('popstate', sync);
  onCleanup(() => window.removeEventListener('popstate', sync));
  return {
    pathname: () => current().pathname,
    search: () => current().search,
    navigate(url, options) {
      if (options?.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      // Without single-spa (tests, a bare page) no popstate follows.
      sync();
    },
  };
}
