import { afterSignIn, ROUTES, SIGNED_OUT_ONLY } from 'shared-auth';

/** Where the user should be instead of `path`, or null when `path` is fine. Same-origin paths only. */
export function guardTarget(path: string, search: string, signedIn: boolean): string | null {
  if (path === ROUTES.profile && !signedIn) return `${ROUTES.login}?redirect=${encodeURIComponent(ROUTES.profile)}`;
  if (signedIn && SIGNED_OUT_ONLY.includes(path)) return afterSignIn(new URLSearchParams(search).get('redirect'));
  return null;
}

/** Applies the guard with a replace navigation (never cancelNavigation: FIELD-NOTES 10). */
export function applyGuard(signedIn: boolean): void {
  const target = guardTarget(window.location.pathname, window.location.search, signedIn);
  if (target) window.history.replaceState(null, '', target);
}
