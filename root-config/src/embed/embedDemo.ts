/**
 * A host page that embeds auth-mfe's login and register parcels without the portal's root config (README:
 * "Embedding the screens"). Its own words come from the shell's catalogs, in the page's language.
 */
import { createSignal } from 'solid-js';
import { mountRootParcel, type ParcelConfig } from 'single-spa';
import { loadCatalog } from 'portal-ui';
import { EXPOSED, REMOTES, type AuthParcelProps, type SharedAuth, type User } from 'portal-contract';
import { loadPortalConfig } from '../config/loadPortalConfig';
import { shellCatalogs } from '../i18n/catalogs';
import { browserLocale, createPageTranslator } from '../i18n/shellTranslator';
import { loadRemote, publishRemoteUrls } from '../remotes/loadRemote';
import { showStartupError } from '../shell/StartupError';
import { showEmbedDemoPage } from './EmbedDemoPage';

const i18n = createPageTranslator(() => browserLocale());

async function embed(): Promise<void> {
  const config = await loadPortalConfig();
  publishRemoteUrls(config.remotes);
  const { sharedAuth } = await loadRemote<{ sharedAuth: SharedAuth }>(REMOTES.sharedAuth, EXPOSED.runtime);
  sharedAuth.configure({ ...config.altogic, ...(config.locale ? { locale: config.locale } : {}) });
  i18n.follow(() => sharedAuth.state.locale);
  const [parcels] = await Promise.all([
    loadRemote<Record<'login' | 'register', ParcelConfig<AuthParcelProps>>>(REMOTES.authMfe, EXPOSED.parcels),
    loadCatalog(shellCatalogs, sharedAuth.state.locale),
  ]);
  const [signedInAs, setSignedInAs] = createSignal<string | null>(null);
  const slots = showEmbedDemoPage(document.getElementById('acme-page')!, i18n, signedInAs);
  const props: AuthParcelProps = {
    theme: { 'color-primary': '#6b2d5c', radius: '0px', font: 'Georgia, serif' },
    onSuccess: (user: User) => setSignedInAs(user.name ?? user.email),
  };
  mountRootParcel(parcels.login, { ...props, domElement: slots.login });
  // Demo links: with them the register parcel asks for consent before it creates an account.
  mountRootParcel(parcels.register, {
    ...props,
    domElement: slots.register,
    termsUrl: '/embed-demo/terms',
    privacyUrl: '/embed-demo/privacy',
  });
}

embed().catch((error: unknown) => showStartupError(error, i18n));
