/**
 * A host page that embeds auth-mfe's login and register parcels without the portal's root config (README:
 * "Embedding the screens"). Its own words come from the shell's catalogs, in the page's language. The parcels'
 * links switch their screens in place; the page greets whoever is signed in (shared-auth's state, which the
 * parcels' sign-in and sign-out change).
 */
import { mountRootParcel, type ParcelConfig } from 'single-spa';
import { loadCatalog } from 'portal-ui';
import { EXPOSED, REMOTES, type AuthParcelName, type AuthParcelProps, type SharedAuth } from 'portal-contract';
import { loadPortalConfig } from '../config/loadPortalConfig';
import { shellCatalogs } from '../i18n/catalogs';
import { browserLocale, createPageTranslator } from '../i18n/shellTranslator';
import { loadRemote, publishRemoteUrls } from '../remotes/loadRemote';
import { showStartupError } from '../shell/StartupError';
import { documentPath } from './documents';
import { showEmbedDemoPage } from './EmbedDemoPage';
import './acme.css';

const i18n = createPageTranslator(() => browserLocale());

async function embed(): Promise<void> {
  const config = await loadPortalConfig();
  publishRemoteUrls(config.remotes);
  const { sharedAuth } = await loadRemote<{ sharedAuth: SharedAuth }>(REMOTES.sharedAuth, EXPOSED.runtime);
  sharedAuth.configure({ ...config.altogic, ...(config.locale ? { locale: config.locale } : {}) });
  i18n.follow(() => sharedAuth.state.locale);
  const [parcels] = await Promise.all([
    loadRemote<Record<AuthParcelName, ParcelConfig<AuthParcelProps>>>(REMOTES.authMfe, EXPOSED.parcels),
    loadCatalog(shellCatalogs, sharedAuth.state.locale),
  ]);
  const signedInAs = () => {
    const user = sharedAuth.state.user;
    return user ? (user.name ?? user.email) : null;
  };
  const slots = showEmbedDemoPage(document.getElementById('acme-page')!, i18n, signedInAs);
  const props: AuthParcelProps = { theme: { 'color-primary': '#6b2d5c', radius: '0px', font: 'Georgia, serif' } };
  mountRootParcel(parcels.login, { ...props, domElement: slots.login });
  // Demo links: with them the register parcel asks for consent before it creates an account.
  mountRootParcel(parcels.register, {
    ...props,
    domElement: slots.register,
    termsUrl: documentPath('terms'),
    privacyUrl: documentPath('privacy'),
  });
}

embed().catch((error: unknown) => showStartupError(error, i18n));
