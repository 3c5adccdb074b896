import { registerApplication, unregisterApplication, navigateToUrl, triggerAppChange, type LifeCycles } from 'single-spa';
import { AUTH_PATHS, EXPOSED, REMOTES, ROUTES, type AppLifecycles, type AppProps, type ConsentLinks, type RemoteName } from 'shared-auth';
import type { ShellKey, ShellTranslator } from '../i18n/catalogs';
import { loadRemote } from './loadRemote';
import { unavailableApp } from './unavailableApp';

interface AppDeclaration {
  name: RemoteName;
  region: string;
  /** The fallback's title when the app cannot load. */
  unavailable: ShellKey;
  activeWhen: (location: Location) => boolean;
  /** Gets portal.config.json's `consent` links (the sign-up screen shows them). */
  takesConsent?: boolean;
}

/** The portal's applications: which remote, where it renders, when it is active. */
export const APPS: AppDeclaration[] = [
  {
    name: REMOTES.authMfe,
    region: 'portal-region-auth',
    unavailable: 'unavailable.authMfe',
    activeWhen: (location) => AUTH_PATHS.includes(location.pathname),
    takesConsent: true,
  },
  {
    name: REMOTES.profileMfe,
    region: 'portal-region-profile',
    unavailable: 'unavailable.profileMfe',
    activeWhen: (location) => location.pathname === ROUTES.profile,
  },
];

/** Same MAJOR contract version: additive (minor) changes of shared-auth keep older builds working. */
export const compatible = (built: string, running: string): boolean => built.split('.')[0] === running.split('.')[0];

async function loadApp(app: AppDeclaration): Promise<LifeCycles<AppProps>> {
  try {
    const lifecycles = await loadRemote<AppLifecycles>(app.name, EXPOSED.app);
    if (!compatible(lifecycles.contractVersion ?? '0', options.sharedAuthVersion)) {
      throw new Error(`${app.name} was built for shared-auth ${lifecycles.contractVersion}, the portal runs ${options.sharedAuthVersion}`);
    }
    return lifecycles as LifeCycles<AppProps>;
  } catch (error) {
    return unavailableApp({
      name: app.name,
      title: app.unavailable,
      error,
      onRetry: () => void retry(app),
      i18n: options.i18n,
    }) as LifeCycles<AppProps>;
  }
}

async function retry(app: AppDeclaration): Promise<void> {
  await unregisterApplication(app.name);
  register(app);
  await triggerAppChange();
}

function register(app: AppDeclaration): void {
  registerApplication<AppProps>({
    name: app.name,
    app: () => loadApp(app),
    activeWhen: app.activeWhen,
    customProps: () =>
      ({
        navigate: (url: string) => navigateToUrl(url),
        domElement: document.getElementById(app.region) ?? undefined,
        ...(options.outboxUrl ? { outboxUrl: options.outboxUrl } : {}),
        ...(app.takesConsent && options.consent ? { consent: options.consent } : {}),
      }) as AppProps,
  });
}

export interface RegisterOptions {
  sharedAuthVersion: string;
  outboxUrl?: string | undefined;
  consent?: ConsentLinks | undefined;
  /** The shell's words, for the fallback of an app that cannot load. */
  i18n: ShellTranslator;
}

let options: RegisterOptions;

export function registerApps(registerOptions: RegisterOptions): void {
  options = registerOptions;
  APPS.forEach(register);
}
