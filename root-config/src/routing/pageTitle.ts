import { ROUTES } from 'portal-contract';
import type { ShellKey, ShellTranslator } from '../i18n/catalogs';

/** Every route's name in the tab's title: typed by ROUTES, so a new route without a title fails the typecheck. */
const TITLES: Readonly<Record<keyof typeof ROUTES, ShellKey>> = {
  home: 'title.home',
  login: 'title.login',
  register: 'title.register',
  magicLink: 'title.magicLink',
  forgotPassword: 'title.forgotPassword',
  resetPassword: 'title.resetPassword',
  authRedirect: 'title.authRedirect',
  profile: 'title.profile',
  profileSessions: 'title.profileSessions',
  profileSecurity: 'title.profileSecurity',
};

const BY_PATH: ReadonlyMap<string, ShellKey> = new Map(
  (Object.keys(TITLES) as Array<keyof typeof ROUTES>).map((route) => [ROUTES[route], TITLES[route]]),
);

/** The document's title at `pathname` in the page's language: "Log in · Portal", "Profil · Portal". */
export function pageTitle(pathname: string, t: ShellTranslator['t']): string {
  return t('title.page', { page: t(BY_PATH.get(pathname) ?? 'title.notFound'), brand: t('header.brand') });
}
