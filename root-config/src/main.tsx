// First: an emailed link's token leaves the address bar before anything else runs.
import './routing/stashLinkParams';
import { createEffect, createRoot, lazy, Show, type JSX } from 'solid-js';
import { render } from 'solid-js/web';
import { start } from 'single-spa';
import { followKeyboardUse, loadCatalog, TranslatorProvider } from 'portal-ui';
import { CONTRACT_VERSION, EXPOSED, REMOTES, type SharedAuth } from 'portal-contract';
import { loadPortalConfig } from './config/loadPortalConfig';
import { applyOverrides, captureOverrideParams, clearOverrides } from './config/overrides';
import { shellCatalogs } from './i18n/catalogs';
import { browserLocale, createPageTranslator } from './i18n/shellTranslator';
import { loadRemote, publishRemoteUrls } from './remotes/loadRemote';
import { compatible, registerApps, startActiveApp } from './remotes/registerApps';
import { applyGuard } from './routing/guards';
import { trackLocation } from './routing/location';
import { focusNewPage, followPageTitle } from './routing/pageChange';
import { SHELL_REGION } from './routing/routeTable';
import { About } from './shell/About';
import { Header } from './shell/Header';
import { LocalBackendBadge } from './shell/LocalBackendBadge';
import { NotFound } from './shell/NotFound';
import { SkipLink } from './shell/SkipLink';
import { showStartupError } from './shell/StartupError';
// portal-ui's look first (the header's and the not-found page's buttons, links and card), then the shell's layout.
import 'portal-ui/portal-ui.css';
import './shell/shell.css';

// Rings on headings focused by script wait for the keyboard (portal-ui's keyboardUse.ts), the shell's too.
followKeyboardUse();
const i18n = createPageTranslator(() => browserLocale());
// Only developers with an override active see it: its own chunk.
const OverridesBanner = lazy(async () => ({ default: (await import('./shell/OverridesBanner')).OverridesBanner }));

/** Renders a part of the shell into its element, in the page's language once that catalog is there. */
function show(part: () => JSX.Element, elementId: string): void {
  render(
    () => (
      <TranslatorProvider value={i18n}>
        <Show when={i18n.ready()}>{part()}</Show>
      </TranslatorProvider>
    ),
    document.getElementById(elementId)!,
  );
}

async function boot(): Promise<void> {
  captureOverrideParams(window.location, window.history, localStorage);
  const overrides = applyOverrides(await loadPortalConfig(), localStorage);
  const config = overrides.config;
  const fixedLocale = config.locale;
  if (fixedLocale) i18n.follow(() => fixedLocale);
  if (overrides.applied.length + overrides.refused.length > 0) {
    show(
      () => <OverridesBanner outcome={overrides} onClear={() => (clearOverrides(localStorage), window.location.reload())} />,
      'portal-overrides',
    );
  }
  publishRemoteUrls(config.remotes);
  startActiveApp(window.location);
  const { sharedAuth } = await loadRemote<{ sharedAuth: SharedAuth }>(REMOTES.sharedAuth, EXPOSED.runtime);
  if (!compatible(CONTRACT_VERSION, sharedAuth.version)) {
    throw new Error(`shared-auth ${sharedAuth.version} is not compatible with this portal (built for ${CONTRACT_VERSION}).`);
  }
  sharedAuth.configure({ ...config.altogic, ...(fixedLocale ? { locale: fixedLocale } : {}) });
  i18n.follow(() => sharedAuth.state.locale);
  // shared-auth sets `lang` when the locale changes; the page's first language (the browser's, or the user's
  // remembered choice) is declared here, by the page's owner.
  createRoot(() => createEffect(() => (document.documentElement.lang = sharedAuth.state.locale)));
  // The shell appears in its language rather than in the browser's first (a small chunk of this origin).
  await loadCatalog(shellCatalogs, sharedAuth.state.locale);

  trackLocation();
  followPageTitle(i18n);
  focusNewPage(document.getElementById('portal-main')!);
  window.addEventListener('single-spa:before-routing-event', () => applyGuard(sharedAuth.state.user !== null));
  // A session that ends in place leaves signed-in pages; one that starts is auth-mfe's to move on from.
  createRoot(() => createEffect(() => applyGuard(sharedAuth.state.user !== null, false)));

  show(() => <SkipLink target="portal-main" />, 'portal-skip');
  show(() => <Header auth={sharedAuth} languageSwitcher={!fixedLocale} />, 'portal-header');
  show(() => <NotFound />, SHELL_REGION);
  show(
    () => (
      <footer class="portal-footer">
        <LocalBackendBadge envUrl={config.altogic.envUrl} outboxUrl={config.outboxUrl} />
        <About remotes={config.remotes} />
      </footer>
    ),
    'portal-footer',
  );
  registerApps({ sharedAuthVersion: sharedAuth.version, outboxUrl: config.outboxUrl, consent: config.consent, i18n });
  start({ urlRerouteOnly: true });
}

boot().catch((error: unknown) => showStartupError(error, i18n));
