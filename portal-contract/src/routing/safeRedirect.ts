/**
 * Where to send a user after sign-in (docs/security.md B2), for every app: the root config's route guard and auth-mfe's
 * screens. Pure, bundled into each app that imports it from 'portal-contract'.
 */
import { AUTH_PATHS, ROUTES } from '../contract';

/** The auth screens a signed-in user would be sent away from again: never a destination after sign-in. */
export const SIGNED_OUT_ONLY = AUTH_PATHS.filter((path) => path !== ROUTES.authRedirect && path !== ROUTES.resetPassword);

/**
 * A `redirect` parameter as a same-origin path (docs/security.md B2), or null. Only a single leading slash passes:
 * `//evil.test`, `/\evil.test` and absolute URLs do not.
 */
export function safeRedirectPath(candidate: string | null | undefined, origin = globalThis.location?.origin ?? ''): string | null {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return null;
  // Control characters (tab, newline) are dropped by URL parsing and can turn "/\t/evil" into "//evil".
  if ([...candidate].some((char) => char.charCodeAt(0) < 0x20 || char === '\\')) return null;
  let url: URL;
  try {
    url = new URL(candidate, origin);
  } catch {
    return null;
  }
  // Dot segments ("/./", "/../", "%2e") are collapsed by the parser and can leave "//host": refuse the result then.
  if (url.pathname.startsWith('//')) return null;
  if (url.origin !== origin || SIGNED_OUT_ONLY.includes(url.pathname) || url.pathname === ROUTES.authRedirect) return null;
  return url.pathname + url.search + url.hash;
}

/** Where to go after sign-in: the safe redirect, else the profile. */
export const afterSignIn = (candidate: string | null | undefined, origin?: string): string =>
  safeRedirectPath(candidate, origin) ?? ROUTES.profile;
