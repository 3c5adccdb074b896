/**
 * The portal's one table of routes and regions: which micro-frontend owns which paths, where it renders, who may
 * see those paths, what stands in when its code cannot load, and (by not being in it) what is not found.
 * single-spa's registrations (remotes/registerApps.ts), the guard (routing/guards.ts), the start-up fetch of the
 * active app and the not-found page all read it; nothing else lists paths.
 */
import { AUTH_PATHS, PROFILE_PATHS, REMOTES, SIGNED_OUT_ONLY, type RemoteName } from 'portal-contract';
import type { ShellKey } from '../i18n/catalogs';

export interface AppRoute {
  /** The remote whose `./app` is loaded for these paths (portal.config.json's `remotes`). */
  name: RemoteName;
  /** The element it renders into. */
  region: string;
  /** Its paths, each a deep link its own router shows. */
  paths: readonly string[];
  /** Signed-in users only: a signed-out visitor goes to /login, the way back remembered. */
  signedInOnly?: boolean;
  /** The fallback's title when its code cannot load. */
  unavailable: ShellKey;
  /** Gets portal.config.json's `consent` links (the sign-up screen shows them). */
  takesConsent?: boolean;
}

export const ROUTE_TABLE: readonly AppRoute[] = [
  {
    name: REMOTES.authMfe,
    region: 'portal-region-auth',
    paths: AUTH_PATHS,
    unavailable: 'unavailable.authMfe',
    takesConsent: true,
  },
  {
    name: REMOTES.profileMfe,
    region: 'portal-region-profile',
    paths: PROFILE_PATHS,
    signedInOnly: true,
    unavailable: 'unavailable.profileMfe',
  },
];

/** Where the shell's own page (not found) renders: shown when no app owns the path. */
export const SHELL_REGION = 'portal-region-shell';

/** The app that owns `pathname`, if any. */
export const routeAt = (pathname: string): AppRoute | undefined => ROUTE_TABLE.find((app) => app.paths.includes(pathname));

/** Pages a signed-in user arriving at them is sent on from (to the redirect parameter or the profile). */
export const signedOutOnly = (pathname: string): boolean => SIGNED_OUT_ONLY.includes(pathname);
