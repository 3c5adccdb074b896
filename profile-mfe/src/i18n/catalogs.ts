/**
 * The profile's catalogs, one lazily loaded chunk per locale (only the active one is fetched), and the hook
 * sections read their words through. Adding a locale: a new `<locale>.ts` typed `ProfileMessages`, and a line here.
 */
import { useTranslator, type CatalogLoaders, type Phrase, type Translate, type Translator } from 'portal-ui';
import type { ProfileKey, ProfileMessages } from './en';

export const profileCatalogs: CatalogLoaders<ProfileMessages> = {
  en: () => import('./en'),
  de: () => import('./de'),
};

export type { ProfileKey, ProfileMessages };
export type ProfilePhrase = Phrase<ProfileKey>;
export type ProfileTranslate = Translate<ProfileMessages>;

export const useText = (): Translator<ProfileMessages> => useTranslator<ProfileMessages>();
