/**
 * The auth screens' catalogs, one lazily loaded chunk per locale (only the active one is fetched), and the
 * hook screens read their words through. Adding a locale: a new `<locale>.ts` typed `AuthMessages`, and a line here.
 */
import { useTranslator, type CatalogLoaders, type Phrase, type Translator } from 'portal-ui';
import type { AuthKey, AuthMessages } from './en';

export const authCatalogs: CatalogLoaders<AuthMessages> = {
  en: () => import('./en'),
  de: () => import('./de'),
};

export type { AuthKey, AuthMessages };
export type AuthPhrase = Phrase<AuthKey>;

export const useText = (): Translator<AuthMessages> => useTranslator<AuthMessages>();
