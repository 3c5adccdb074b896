/** A host page that embeds the login parcel without the portal's root config (README: "Embedding the screens"). */
import { mountRootParcel, type ParcelConfig } from 'single-spa';
import { EXPOSED, REMOTES, type AuthParcelProps, type SharedAuth } from 'shared-auth';
import { loadPortalConfig } from '../config/loadPortalConfig';
import { loadRemote, publishRemoteUrls } from '../remotes/loadRemote';
import { showStartupError } from '../shell/StartupError';

async function embed(): Promise<void> {
  const config = await loadPortalConfig();
  publishRemoteUrls(config.remotes);
  const { sharedAuth } = await loadRemote<{ sharedAuth: SharedAuth }>(REMOTES.sharedAuth, EXPOSED.runtime);
  sharedAuth.configure(config.altogic);
  const parcels = await loadRemote<{ login: ParcelConfig<AuthParcelProps> }>(REMOTES.authMfe, EXPOSED.parcels);
  const result = document.getElementById('acme-result')!;
  const props: AuthParcelProps & { domElement: HTMLElement } = {
    domElement: document.getElementById('acme-login')!,
    theme: { 'color-primary': '#6b2d5c', radius: '0px', font: 'Georgia, serif' },
    onSuccess: (user) => (result.textContent = `Signed in to Acme as ${user.name ?? user.email}`),
  };
  mountRootParcel(parcels.login, props);
}

embed().catch(showStartupError);
