/**
 * A host team's page embedding the portal's login parcel (README: "Embedding the screens in another host page"):
 * it publishes the remotes' URLs, configures shared-auth, and mounts the parcel; it greets whoever is signed in.
 */
import { mountRootParcel, type ParcelConfig } from 'single-spa';
import { __federation_method_getRemote as getRemote, __federation_method_setRemote as setRemote } from 'virtual:__federation__';
import {
  EXPOSED,
  REMOTE_URLS_GLOBAL,
  REMOTES,
  type AuthParcelProps,
  type PortalConfig,
  type RemoteName,
  type SharedAuth,
  type User,
} from 'portal-contract';

async function load<T>(name: RemoteName, exposed: string, config: PortalConfig): Promise<T> {
  setRemote(name, { url: () => Promise.resolve(config.remotes[name]), format: 'esm', from: 'vite' });
  return (await getRemote(name, exposed)) as T;
}

const config = (await (await fetch('/host.config.json')).json()) as PortalConfig;
(globalThis as Record<string, unknown>)[REMOTE_URLS_GLOBAL] = { ...config.remotes };
const { sharedAuth } = await load<{ sharedAuth: SharedAuth }>(REMOTES.sharedAuth, EXPOSED.runtime, config);
sharedAuth.configure(config.altogic);

const greet = (user: User) => (document.getElementById('greeting')!.textContent = `Welcome to Acme Tools, ${user.name ?? user.email}`);
const signedIn = sharedAuth.state.user;
if (signedIn) {
  greet(signedIn);
} else {
  const parcels = await load<{ login: ParcelConfig<AuthParcelProps> }>(REMOTES.authMfe, EXPOSED.parcels, config);
  const login = mountRootParcel(parcels.login, {
    domElement: document.getElementById('login')!,
    onSuccess: (user: User) => {
      greet(user);
      void login.unmount();
    },
  });
}
