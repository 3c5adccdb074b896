/**
 * Which language the page shows (AuthState.locale). First match wins: the locale fixed by `configure`
 * (portal.config.json), the user's choice (remembered in the namespaced storage, shared by the tabs),
 * `navigator.languages`, English. A parcel's `locale` prop comes before all of these, in the parcel itself.
 */
import { SUPPORTED_LOCALES, type SupportedLocale } from 'portal-contract';
import type { NamespacedStorage } from '../storage/namespacedStorage';

/** Storage key (before namespacing) of the user's choice. */
export const LOCALE_STORAGE_KEY = 'locale';

export const DEFAULT_LOCALE: SupportedLocale = 'en';

/** The supported locale a language tag names by its primary subtag ('de-AT' → 'de'), or null. */
export function supportedLocale(tag: unknown): SupportedLocale | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase();
  return (SUPPORTED_LOCALES as readonly string[]).includes(primary ?? '') ? (primary as SupportedLocale) : null;
}

export interface LocaleSources {
  configured?: string | null | undefined;
  chosen?: string | null | undefined;
  languages?: readonly string[] | undefined;
}

export function resolveLocale({ configured, chosen, languages = [] }: LocaleSources): SupportedLocale {
  return (
    supportedLocale(configured) ??
    supportedLocale(chosen) ??
    languages.map(supportedLocale).find((locale) => locale !== null) ??
    DEFAULT_LOCALE
  );
}

export interface LocaleControlOptions {
  storage: NamespacedStorage;
  /** The browser's preferred languages, read at each resolution. Default `navigator.languages`. */
  languages?: () => readonly string[];
  /** Whose `<html lang>` follows setLocale and other tabs' choices; null: none (tests). Default `document`. */
  document?: Pick<Document, 'documentElement'> | null;
  /** Called with every resolved locale that differs from the last one. */
  onChange: (locale: SupportedLocale) => void;
}

export interface LocaleControl {
  /** The locale to show now. */
  current(): SupportedLocale;
  /** portal.config.json's locale (or none): it wins over the user's choice. */
  configure(locale: string | undefined): void;
  /** The user chose in this tab: store it, apply it. False if the locale is not supported. */
  choose(locale: string): boolean;
  /**
   * Another tab chose (and stored) this locale: apply it here. The message's locale is used, not a re-read of
   * the storage: another tab's write may not have reached this one yet when its message does.
   */
  chosenElsewhere(locale: string): void;
}

function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator as Navigator | undefined;
  return nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [];
}

export function createLocaleControl(options: LocaleControlOptions): LocaleControl {
  const { storage } = options;
  const languages = options.languages ?? browserLanguages;
  const doc = options.document === undefined ? (globalThis.document ?? null) : options.document;
  let configured: string | undefined;
  let chosen = storage.getItem(LOCALE_STORAGE_KEY);

  const resolve = () => resolveLocale({ configured, chosen, languages: languages() });
  let current = resolve();

  function apply(setLang: boolean): void {
    const next = resolve();
    if (setLang && doc) doc.documentElement.lang = next;
    if (next === current) return;
    current = next;
    options.onChange(next);
  }

  return {
    current: () => current,
    configure(locale) {
      const fixed = supportedLocale(locale);
      if (locale !== undefined && !fixed) console.warn(`[shared-auth] configure: locale "${String(locale)}" is not supported; ignored.`);
      configured = fixed ?? undefined;
      apply(fixed !== null);
    },
    choose(locale) {
      const supported = supportedLocale(locale);
      if (!supported) {
        console.warn(`[shared-auth] setLocale: "${String(locale)}" is not one of ${SUPPORTED_LOCALES.join(', ')}; ignored.`);
        return false;
      }
      chosen = supported;
      storage.setItem(LOCALE_STORAGE_KEY, supported);
      apply(true);
      return true;
    },
    chosenElsewhere(locale) {
      const supported = supportedLocale(locale);
      if (!supported) return;
      chosen = supported;
      apply(true);
    },
  };
}
