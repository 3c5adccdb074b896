// Which language the page shows: the resolution order of the issue, the user's choice remembered and shared
// with the other tabs, and `lang` on the document.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createSharedAuth, type SharedAuthInstance, type SharedAuthOptions } from '../createSharedAuth';
import { MemoryStorage, nextMessages } from '../testing/twoTabs';
import { resolveLocale, supportedLocale } from './locale';

describe('resolveLocale: first match wins', () => {
  test('portal.config.json comes before the user’s choice', () => {
    expect(resolveLocale({ configured: 'de', chosen: 'en', languages: ['en-US'] })).toBe('de');
  });

  test('the user’s choice comes before the browser languages', () => {
    expect(resolveLocale({ chosen: 'de', languages: ['en-US', 'de-DE'] })).toBe('de');
    expect(resolveLocale({ chosen: 'en', languages: ['de-DE'] })).toBe('en');
  });

  test('the browser languages give the first one supported, by primary subtag', () => {
    expect(resolveLocale({ languages: ['fr-FR', 'de-AT', 'en'] })).toBe('de');
  });

  test('English when nothing matches', () => {
    expect(resolveLocale({ configured: 'fr', chosen: 'xx', languages: ['fr-FR', 'ja'] })).toBe('en');
    expect(resolveLocale({})).toBe('en');
  });

  test('only supported locales match, whatever the case or separator', () => {
    expect(supportedLocale('DE_de')).toBe('de');
    expect(supportedLocale('english')).toBeNull();
    expect(supportedLocale(42)).toBeNull();
  });
});

const instances: SharedAuthInstance[] = [];
afterEach(() => instances.splice(0).forEach((auth) => auth.dispose()));

function page(options: { storage?: MemoryStorage; languages?: string[]; crossTab?: boolean } & Pick<SharedAuthOptions, 'instanceId'> = {}) {
  const html = { documentElement: { lang: 'xx' } as HTMLElement };
  const auth = createSharedAuth({
    storage: options.storage ?? new MemoryStorage(),
    broadcast: options.crossTab ? {} : { channel: null, storageEvents: null },
    freshness: { document: null, window: null },
    locale: { languages: () => options.languages ?? ['en-US'], document: html },
  });
  instances.push(auth);
  const heard: string[] = [];
  auth.bus.on('locale-changed', ({ locale }) => heard.push(locale));
  return { auth, html, heard };
}

describe('shared-auth’s locale', () => {
  test('starts from the browser languages', () => {
    expect(page({ languages: ['de-CH', 'en'] }).auth.state.locale).toBe('de');
    expect(page({ languages: ['fr'] }).auth.state.locale).toBe('en');
  });

  test('setLocale stores the choice, sets lang on the document and announces it', () => {
    const storage = new MemoryStorage();
    const { auth, html, heard } = page({ storage });
    auth.setLocale('de');
    expect(auth.state.locale).toBe('de');
    expect(html.documentElement.lang).toBe('de');
    expect(heard).toEqual(['de']);
    expect(storage.getItem('shared-auth:locale')).toBe('de');
  });

  test('a stored choice is used by the next page load', () => {
    const storage = new MemoryStorage();
    page({ storage }).auth.setLocale('de');
    expect(page({ storage, languages: ['en-US'] }).auth.state.locale).toBe('de');
  });

  test('a locale in the config wins over the user’s choice, which is still remembered', () => {
    const storage = new MemoryStorage();
    const { auth, html } = page({ storage });
    auth.configure({ envUrl: 'http://api.test', clientKey: 'key', locale: 'de' });
    expect(auth.state.locale).toBe('de');
    expect(html.documentElement.lang).toBe('de');
    auth.setLocale('en');
    expect(auth.state.locale).toBe('de');
    expect(storage.getItem('shared-auth:locale')).toBe('en');
  });

  test('an unsupported locale is refused with a warning and changes nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { auth, heard } = page();
    auth.setLocale('fr');
    auth.configure({ envUrl: 'http://api.test', clientKey: 'key', locale: 'klingon' });
    expect(auth.state.locale).toBe('en');
    expect(heard).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  test('another tab follows a choice at once: state, lang and its own subscribers', async () => {
    const storage = new MemoryStorage();
    const a = page({ storage, crossTab: true });
    const b = page({ storage, crossTab: true });
    a.auth.setLocale('de');
    await nextMessages(() => b.heard.length > 0);
    expect(b.auth.state.locale).toBe('de');
    expect(b.html.documentElement.lang).toBe('de');
    expect(b.heard).toEqual(['de']);
  });

  test('another tab follows the choice its message names, even before the stored choice has reached it', async () => {
    // Separate storages: the other tab's view of localStorage lags behind the message (as between processes).
    const a = page({ storage: new MemoryStorage(), crossTab: true });
    const b = page({ storage: new MemoryStorage(), crossTab: true });
    a.auth.setLocale('de');
    await nextMessages(() => b.heard.length > 0);
    expect(b.auth.state.locale).toBe('de');
    a.auth.setLocale('en');
    await nextMessages(() => b.heard.length > 1);
    expect(b.auth.state.locale).toBe('en');
    expect(b.heard).toEqual(['de', 'en']);
  });
});
