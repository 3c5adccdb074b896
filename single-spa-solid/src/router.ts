/**
 * @solidjs/router inside a single-spa application: the router reads the address bar single-spa owns and writes
 * it through the history single-spa patches. Bundled into each app that imports 'single-spa-solid/router'; the
 * router itself is a shared module (portal-build/src/solidSurface.ts).
 *
 * Why not the router's own <Router>: it listens for clicks on every link and submits of every form of the
 * document (other apps' and the shell's included) and takes over those under its `base`. Here each app moves
 * only through its own links (useNavigate), and moves to another app's path through single-spa (AppProps.navigate).
 *
 * One history listener per mounted app, no fight: single-spa turns pushState/replaceState (ours included) into
 * a reroute plus a popstate event, and delays every popstate listener until its apps are mounted or unmounted.
 * The router then reads a location it already has (its own move) or the new one (back/forward, another app).
 */
import { createRouter } from '@solidjs/router';
import type { JSX } from 'solid-js';

/** The router's own props: `base` (the path the app's routes are relative to), `root` (wraps every route), routes. */
export type PortalRouterProps = Parameters<ReturnType<typeof createRouter>>[0];

const current = () => ({
  value: window.location.pathname + window.location.search + window.location.hash,
  state: window.history.state as unknown,
});

export function PortalRouter(props: PortalRouterProps): JSX.Element {
  return createRouter({
    get: current,
    set({ value, replace, scroll, state }) {
      if (replace) window.history.replaceState(state, '', value);
      else window.history.pushState(state, '', value);
      if (scroll) window.scrollTo(0, 0);
    },
    init(notify) {
      const follow = () => notify();
      window.addEventListener('popstate', follow);
      return () => window.removeEventListener('popstate', follow);
    },
    utils: { go: (delta) => window.history.go(delta) },
  })(props);
}
