import { createRoot, createSignal } from 'solid-js';
import { catalogLocale, createTranslator } from 'portal-ui';
import { shellCatalogs, type ShellTranslator } from './catalogs';

/** The first of the browser's languages the shell has a catalog for, else English. */
export function browserLocale(languages: readonly string[] = globalThis.navigator?.languages ?? []): string {
  return languages.map((tag) => catalogLocale(shellCatalogs, tag)).find((locale) => locale !== null) ?? 'en';
}

export interface PageTranslator extends ShellTranslator {
  /** Follow another source of the locale from now on. */
  follow(source: () => string): void;
}

/**
 * The page's one translator, alive as long as the page. The overrides banner and a startup error can show before
 * shared-auth has loaded, so the locale source moves on as the page learns more: the browser's languages, then
 * portal.config.json's `locale`, then `sharedAuth.state.locale` (which knows the user's choice).
 */
export function createPageTranslator(initial: () => string): PageTranslator {
  const [source, setSource] = createSignal(initial);
  const i18n = createRoot(() => createTranslator(shellCatalogs, () => source()()));
  return { ...i18n, follow: (next) => setSource(() => next) };
}
