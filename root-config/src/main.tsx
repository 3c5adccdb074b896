import { createEffect, createRoot } from 'solid-js';
import { render } from 'solid-js/web';
import { start } from 'single-spa';
import { CONTRACT_VERSION, EXPOSED, REMOTES, type SharedAuth } from 'shared-auth';
import { loadPortalConfig } from './config/loadPortalConfig';
import { applyOverrides, captureOverrideParams, clearOverrides } from './config/overrides';
import { loadRemote, publishRemoteUrls } from './remotes/loadRemote';
import { compatible, registerApps } from './remotes/registerApps';
import { applyGuard } from './routing/guards';
import { trackLocation } from './routing/location';
import { About } from './shell/About';
import { Header } from './shell/Header';
import { LocalBackendBadge } from './shell/LocalBackendBadge';
import { NotFound } from './shell/NotFound';
import { OverridesBanner } from './shell/OverridesBanner';
import { showStartupError } from './shell/StartupError';
import './shell/shell.css';

async function boot(): Promise<void> {
  captureOverrideParams(window.location, window.history, localStorage);
  const overrides = applyOverrides(await loadPortalConfig(), localStorage);
  const config = overrides.config;
  render(
    () => <OverridesBanner outcome={overrides} onClear={() => (clearOverrides(localStorage), window.location.reload())} />,
    document.getElementById('portal-overrides')!,
  );
  publishRemoteUrls(config.remotes);
  const { sharedAuth } = await loadRemote<{ sharedAuth: SharedAuth }>(REMOTES.sharedAuth, EXPOSED.runtime);
  if (!compatible(CONTRACT_VERSION, sharedAuth.version)) {
    throw new Error(`shared-auth ${sharedAuth.version} is not compatible with this portal (built for ${CONTRACT_VERSION}).`);
  }
  sharedAuth.configure(config.altogic);

  trackLocation();
  window.addEventListener('single-spa:before-routing-event', () => applyGuard(sharedAuth.state.user !== null));
  createRoot(() => createEffect(() => applyGuard(sharedAuth.state.user !== null)));

  render(() => <Header auth={sharedAuth} />, document.getElementById('portal-header')!);
  render(NotFound, document.getElementById('portal-region-shell')!);
  render(
    () => (
      <>
        <About remotes={config.remotes} />
        <LocalBackendBadge envUrl={config.altogic.envUrl} outboxUrl={config.outboxUrl} />
      </>
    ),
    document.getElementById('portal-footer')!,
  );
  registerApps({ sharedAuthVersion: sharedAuth.version, ...(config.outboxUrl ? { outboxUrl: config.outboxUrl } : {}) });
  start({ urlRerouteOnly: true });
}

boot().catch(showStartupError);
