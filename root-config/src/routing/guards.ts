import { AUTH_PATHS, ROUTES } from 'shared-auth';

/** Pages a signed-in user has no business on (the redirect and reset pages stay reachable). */
const SIGNED_OUT_ONLY = AUTH_PATHS.filter((path) => path !== ROUTES.authRedirect && path !== ROUTES.resetPassword);

/** Where the user should be instead of `path`, or null when `path` is fine. Same-origin paths only. */
export function guardTarget(path: string, search: string, signedIn: boolean): string | null {
  if (path === ROUTES.profile && !signedIn) return `${ROUTES.login}?redirect=${encodeURIComponent(ROUTES.profile)}`;
  if (signedIn && SIGNED_OUT_ONLY.includes(path)) return safeRedirect(new URLSearchParams(search).get('redirect'));
  return null;
}

/** A same-origin path from a `redirect` parameter, else /profile (SECURITY B2). */
export function safeRedirect(candidate: string | null): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return ROUTES.profile;
  const url = new URL(candidate, window.location.origin);
  return url.origin === window.location.origin && !SIGNED_OUT_ONLY.includes(url.pathname) ? url.pathname + url.search : ROUTES.profile;
}

/** Applies the guard with a replace navigation (never cancelNavigation: FIELD-NOTES 10). */
export function applyGuard(signedIn: boolean): void {
  const target = guardTarget(window.location.pathname, window.location.search, signedIn);
  if (target) window.history.replaceState(null, '', target);
}
