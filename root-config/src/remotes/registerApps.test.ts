import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterApplicationConfig } from 'single-spa';
import { createPageTranslator } from '../i18n/shellTranslator';
import type { FallbackLifecycles } from './unavailableApp';

const registered: RegisterApplicationConfig[] = [];
vi.mock('single-spa', () => ({
  registerApplication: (config: RegisterApplicationConfig) => registered.push(config),
  unregisterApplication: vi.fn(),
  navigateToUrl: vi.fn(),
  triggerAppChange: vi.fn(),
}));
// The federation runtime exists only in a build; here every remote fails to load.
const loadRemote = vi.fn((_name: string, _exposed: string) => Promise.reject(new Error('offline')));
vi.mock('./loadRemote', () => ({ loadRemote }));

const { registerApps, startActiveApp } = await import('./registerApps');

const propsOf = (name: string) => {
  const customProps = registered.find((app) => app.name === name)?.customProps;
  return typeof customProps === 'function' ? customProps(name, window.location) : customProps;
};

beforeEach(() => {
  registered.length = 0;
  loadRemote.mockClear();
});

describe('registerApps', () => {
  const i18n = createPageTranslator(() => 'en');
  const consent = { termsUrl: 'https://example.com/terms', privacyUrl: '/privacy' };

  it('gives portal.config.json’s consent links to auth-mfe only', () => {
    registerApps({ sharedAuthVersion: '1.2.0', consent, i18n });
    expect(propsOf('auth-mfe')).toMatchObject({ consent });
    expect(propsOf('profile-mfe')).not.toHaveProperty('consent');
  });

  it('passes no consent prop without consent in the config', () => {
    registerApps({ sharedAuthVersion: '1.2.0', i18n });
    expect(propsOf('auth-mfe')).not.toHaveProperty('consent');
  });

  it('stands in a fallback in the shell’s words for an app that cannot load', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    registerApps({ sharedAuthVersion: '1.2.0', i18n });
    const app = registered.find((config) => config.name === 'auth-mfe')!.app as () => Promise<FallbackLifecycles>;
    const region = document.body.appendChild(document.createElement('div'));
    await (await app()).mount({ domElement: region });
    expect(region.querySelector('[role="alert"] h1')?.textContent).toBe('A part of the portal could not load');
    expect(region.querySelector('[role="alert"] p')?.textContent).toBe('Logging in is temporarily unavailable');
  });

  it('starts loading the app the address shows once, and its first mount takes that load', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    startActiveApp(new URL('http://localhost:9000/login') as unknown as Location);
    startActiveApp(new URL('http://localhost:9000/login') as unknown as Location);
    expect(loadRemote.mock.calls).toEqual([['auth-mfe', './app']]);

    registerApps({ sharedAuthVersion: '1.2.0', i18n });
    const app = registered.find((config) => config.name === 'auth-mfe')!.app as () => Promise<FallbackLifecycles>;
    await app();
    expect(loadRemote).toHaveBeenCalledTimes(1);
    await app();
    expect(loadRemote, 'a later load (Retry) fetches again').toHaveBeenCalledTimes(2);
  });
});
