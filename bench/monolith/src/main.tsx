/**
 * The monolith baseline: header, auth screens and profile in one Solid app, rendered by path.
 * Runtime config from /config.json (no URL compiled in); the same route guards as the composed portal.
 */
import { createEffect, createRoot, createSignal, Show, type Component } from 'solid-js';
import { render } from 'solid-js/web';
import { AUTH_PATHS, PROFILE_PATHS, type AltogicConfig, type AppProps } from 'portal-contract';
import { sharedAuth } from 'shared-auth/runtime';
import { AuthApp } from 'auth-mfe/src/AuthApp';
import { ProfileApp } from 'profile-mfe/src/ProfileApp';
import { applyGuard } from '../../../root-config/src/routing/guards';
import { Header } from './Header';
import '../../../portal-ui/src/portal-ui.css';
import '../../../root-config/src/shell/shell.css';

interface MonolithConfig {
  altogic: AltogicConfig;
  outboxUrl?: string;
}

// Both root components get the props single-spa would pass (a root that takes none ignores them).
const Auth: Component<AppProps> = AuthApp;
const Profile: Component<AppProps> = ProfileApp;

const [path, setPath] = createSignal(window.location.pathname);

/** As the portal: a navigation is guarded as arriving; a session that changes in place only leaves signed-in pages. */
function sync(arriving = true): void {
  applyGuard(sharedAuth.state.user !== null, arriving);
  setPath(window.location.pathname);
}

export function navigate(url: string): void {
  window.history.pushState(null, '', url);
  sync();
}

async function boot(): Promise<void> {
  const response = await fetch('/config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
  const config = (await response.json()) as MonolithConfig;
  sharedAuth.configure(config.altogic);
  window.addEventListener('popstate', () => sync());
  createRoot(() => createEffect(() => (sharedAuth.state.user, sync(false))));

  const props = { navigate, ...(config.outboxUrl ? { outboxUrl: config.outboxUrl } : {}) };
  const isAuth = () => AUTH_PATHS.includes(path());
  const isProfile = () => PROFILE_PATHS.includes(path());
  render(() => <Header navigate={navigate} />, document.getElementById('portal-header')!);
  render(
    () => (
      <Show when={isAuth()}>
        <Auth {...props} />
      </Show>
    ),
    document.getElementById('portal-region-auth')!,
  );
  render(
    () => (
      <Show when={isProfile()}>
        <Profile {...props} />
      </Show>
    ),
    document.getElementById('portal-region-profile')!,
  );
  render(
    () => (
      <Show when={!isAuth() && !isProfile()}>
        <section class="portal-not-found">
          <h1>Page not found</h1>
          <a href="/" onClick={(event) => (event.preventDefault(), navigate('/'))}>
            Go home
          </a>
        </section>
      </Show>
    ),
    document.getElementById('portal-region-shell')!,
  );
}

boot().catch((error: unknown) => {
  document.body.textContent = `The portal could not start: ${error instanceof Error ? error.message : String(error)}`;
});
