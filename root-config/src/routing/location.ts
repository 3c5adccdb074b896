import { createSignal } from 'solid-js';

const [pathname, setPathname] = createSignal(window.location.pathname);

/** The current path as a signal, updated after every single-spa routing event. */
export { pathname };

export function trackLocation(): void {
  window.addEventListener('single-spa:routing-event', () => setPathname(window.location.pathname));
}
