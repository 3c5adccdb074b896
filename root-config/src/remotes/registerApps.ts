import { registerApplication, unregisterApplication, navigateToUrl, triggerAppChange, type LifeCycles } from 'single-spa';
import { EXPOSED, type AppLifecycles, type AppProps, type ConsentLinks, type RemoteName } from 'portal-contract';
import type { ShellTranslator } from '../i18n/catalogs';
import { ROUTE_TABLE, type AppRoute } from '../routing/routeTable';
import { loadRemote } from './loadRemote';
import { unavailableApp } from './unavailableApp';

/** Same MAJOR contract version: additive (minor) changes of shared-auth keep older builds working. */
export const compatible = (built: string, running: string): boolean => built.split('.')[0] === running.split('.')[0];

/** Code of an app already on its way (startActiveApp), taken by the first load of that app. */
const started = new Map<RemoteName, Promise<AppLifecycles>>();

/**
 * Starts fetching the code of the app the address shows, beside shared-auth's, instead of after it and
 * single-spa's start: their chains of chunks then overlap. Nothing runs before single-spa mounts it.
 */
export function startActiveApp(location: Location): void {
  for (const app of ROUTE_TABLE) {
    if (!app.paths.includes(location.pathname) || started.has(app.name)) continue;
    const loading = loadRemote<AppLifecycles>(app.name, EXPOSED.app);
    loading.catch(() => undefined); // its failure is met (and shown) by loadApp
    started.set(app.name, loading);
  }
}

function takeStarted(name: RemoteName): Promise<AppLifecycles> {
  const loading = started.get(name) ?? loadRemote<AppLifecycles>(name, EXPOSED.app);
  started.delete(name);
  return loading;
}

async function loadApp(app: AppRoute): Promise<LifeCycles<AppProps>> {
  try {
    const lifecycles = await takeStarted(app.name);
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

async function retry(app: AppRoute): Promise<void> {
  await unregisterApplication(app.name);
  register(app);
  await triggerAppChange();
}

function register(app: AppRoute): void {
  registerApplication<AppProps>({
    name: app.name,
    app: () => loadApp(app),
    activeWhen: (location) => app.paths.includes(location.pathname),
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
  ROUTE_TABLE.forEach(register);
}
