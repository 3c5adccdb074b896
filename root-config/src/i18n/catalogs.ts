/**
 * The shell's catalogs, one lazily loaded chunk per locale (only the active one is fetched), and the hook its
 * components read their words through. Adding a locale: a new `<locale>.ts` typed `ShellMessages`, and a line
 * in LOCALES (typed by shared-auth's SUPPORTED_LOCALES, so a supported locale without one fails the typecheck).
 */
import { useTranslator, type CatalogLoaders, type Phrase, type Translator } from 'portal-ui';
import type { SupportedLocale } from 'portal-contract';
import type { ShellKey, ShellMessages } from './en';

interface ShellLocale {
  /** The language's name in itself: the language switcher's option. */
  name: string;
  load: () => Promise<{ default: ShellMessages }>;
}

export const LOCALES: Readonly<Record<SupportedLocale, ShellLocale>> = {
  en: { name: 'English', load: () => import('./en') },
  de: { name: 'Deutsch', load: () => import('./de') },
};

export const shellCatalogs = Object.fromEntries(
  Object.entries(LOCALES).map(([locale, { load }]) => [locale, load]),
) as unknown as CatalogLoaders<ShellMessages>;

export type { ShellKey, ShellMessages };
export type ShellPhrase = Phrase<ShellKey>;
export type ShellTranslator = Translator<ShellMessages>;

export const useShellText = (): ShellTranslator => useTranslator<ShellMessages>();
