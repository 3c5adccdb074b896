import { registerApplication, unregisterApplication, navigateToUrl, triggerAppChange, type LifeCycles } from 'single-spa';
import { AUTH_PATHS, CONTRACT_VERSION, EXPOSED, REMOTES, ROUTES, type AppLifecycles, type AppProps, type RemoteName } from 'shared-auth';
import { loadRemote } from './loadRemote';
import { unavailableApp } from './unavailableApp';

interface AppDeclaration {
  name: RemoteName;
  region: string;
  unavailable: string;
  activeWhen: (location: Location) => boolean;
}

/** The portal's applications: which remote, where it renders, when it is active. */
export const APPS: AppDeclaration[] = [
  {
    name: REMOTES.authMfe,
    region: 'portal-region-auth',
    unavailable: 'Sign-in is temporarily unavailable',
    activeWhen: (location) => AUTH_PATHS.includes(location.pathname),
  },
  {
    name: REMOTES.profileMfe,
    region: 'portal-region-profile',
    unavailable: 'Your profile is temporarily unavailable',
    activeWhen: (location) => location.pathname === ROUTES.profile,
  },
];

/** Same MAJOR contract version: additive (minor) changes of shared-auth keep older builds working. */
export const compatible = (built: string, running: string): boolean => built.split('.')[0] === running.split('.')[0];

async function loadApp(app: AppDeclaration): Promise<LifeCycles<AppProps>> {
  try {
    const lifecycles = await loadRemote<AppLifecycles>(app.name, EXPOSED.app);
    if (!compatible(lifecycles.contractVersion ?? '0', runningContract)) {
      throw new Error(`${app.name} was built for shared-auth ${lifecycles.contractVersion}, the portal runs ${runningContract}`);
    }
    return lifecycles as LifeCycles<AppProps>;
  } catch (error) {
    return unavailableApp({ title: app.unavailable, error, onRetry: () => void retry(app) }) as LifeCycles<AppProps>;
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
        ...(outboxUrl ? { outboxUrl } : {}),
      }) as AppProps,
  });
}

let outboxUrl: string | undefined;
let runningContract = CONTRACT_VERSION;

export function registerApps(options: { outboxUrl?: string; sharedAuthVersion: string }): void {
  outboxUrl = options.outboxUrl;
  runningContract = options.sharedAuthVersion;
  APPS.forEach(register);
}
