import { describe, expect, it, vi } from 'vitest';
import { createRoot, createSignal } from 'solid-js';
import { createTranslator, loadCatalog, type CatalogLoaders } from './createTranslator';

type Messages = { greeting: string; plain: string };
const EN: Messages = { greeting: 'Hello {name}, {name}!', plain: 'Plain' };
const DE: Messages = { greeting: 'Hallo {name}, {name}!', plain: 'Schlicht' };

/** Loaders whose chunks arrive when the test says, counting each fetch. */
function chunks() {
  const fetched: string[] = [];
  const gates: Record<string, () => void> = {};
  const chunk = (locale: string, messages: Messages) => () => {
    fetched.push(locale);
    return new Promise<{ default: Messages }>((resolve) => (gates[locale] = () => resolve({ default: messages })));
  };
  const loaders: CatalogLoaders<Messages> = { en: chunk('en', EN), de: chunk('de', DE) };
  return { loaders, fetched, arrive: async (locale: string) => (gates[locale]?.(), await Promise.resolve(), await Promise.resolve()) };
}

function translator(loaders: CatalogLoaders<Messages>, initial: string) {
  const [locale, setLocale] = createSignal(initial);
  const { dispose, value } = createRoot((dispose) => ({ dispose, value: createTranslator(loaders, locale) }));
  return { ...value, setLocale, dispose };
}

describe('createTranslator', () => {
  it('is not ready until the wanted catalog arrives, and fetches only that one', async () => {
    const { loaders, fetched, arrive } = chunks();
    const i18n = translator(loaders, 'de');
    expect(i18n.ready()).toBe(false);
    await arrive('de');
    expect(i18n.ready()).toBe(true);
    expect(i18n.t('plain')).toBe('Schlicht');
    expect(i18n.locale()).toBe('de');
    expect(fetched).toEqual(['de']);
    i18n.dispose();
  });

  it('fills every {name} placeholder and leaves unknown ones as they are', async () => {
    const { loaders, arrive } = chunks();
    const i18n = translator(loaders, 'en');
    await arrive('en');
    expect(i18n.t('greeting', { name: 'Ada' })).toBe('Hello Ada, Ada!');
    expect(i18n.t('greeting')).toBe('Hello {name}, {name}!');
    expect(i18n.say({ key: 'greeting', params: { name: 'Bo' } })).toBe('Hello Bo, Bo!');
    expect(i18n.say(null)).toBeNull();
    i18n.dispose();
  });

  it('keeps the shown language while another is on its way, then switches (no flash of keys)', async () => {
    const { loaders, arrive } = chunks();
    const i18n = translator(loaders, 'en');
    await arrive('en');
    i18n.setLocale('de');
    expect(i18n.t('plain')).toBe('Plain');
    expect(i18n.locale()).toBe('en');
    await arrive('de');
    expect(i18n.t('plain')).toBe('Schlicht');
    i18n.setLocale('en');
    expect(i18n.t('plain')).toBe('Plain');
    i18n.dispose();
  });

  it('uses English for a locale it has no catalog for', async () => {
    const { loaders, fetched, arrive } = chunks();
    const i18n = translator(loaders, 'fr');
    await arrive('en');
    expect(i18n.t('plain')).toBe('Plain');
    expect(i18n.locale()).toBe('en');
    expect(fetched).toEqual(['en']);
    i18n.dispose();
  });

  it('falls back to English when a chunk fails to load, and does not try it again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const de = vi.fn(() => Promise.reject(new Error('chunk gone')));
    const loaders: CatalogLoaders<Messages> = { en: async () => ({ default: EN }), de };
    const i18n = translator(loaders, 'de');
    await vi.waitFor(() => expect(i18n.t('plain')).toBe('Plain'));
    i18n.setLocale('en');
    i18n.setLocale('de');
    await loadCatalog(loaders, 'de');
    expect(de).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
    i18n.dispose();
  });

  it('shares one fetch between translators and is synchronous once a catalog is there', async () => {
    const { loaders, fetched, arrive } = chunks();
    const first = translator(loaders, 'de');
    const preload = loadCatalog(loaders, 'de');
    await arrive('de');
    await preload;
    const second = translator(loaders, 'de');
    expect(second.ready()).toBe(true);
    expect(second.t('plain')).toBe('Schlicht');
    expect(fetched).toEqual(['de']);
    first.dispose();
    second.dispose();
  });
});
