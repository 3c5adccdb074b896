import { afterSignIn, ROUTES } from 'portal-contract';
import { routeAt, signedOutOnly } from './routeTable';

/**
 * Where the user should be instead of `path`, or null when `path` is fine. Same-origin paths only.
 * `arriving`: a navigation to `path` (a signed-in user is then sent away from a sign-in page). When the session
 * changes in place, only a signed-out user is moved (off a signed-in page): the move after a sign-in is
 * auth-mfe's, which knows where the user was going.
 */
export function guardTarget(path: string, search: string, signedIn: boolean, arriving = true): string | null {
  if (!signedIn && routeAt(path)?.signedInOnly) return `${ROUTES.login}?redirect=${encodeURIComponent(path + search)}`;
  if (arriving && signedIn && signedOutOnly(path)) return afterSignIn(new URLSearchParams(search).get('redirect'));
  return null;
}

/** Applies the guard with a replace navigation (never cancelNavigation: docs/pitfalls.md #10). */
export function applyGuard(signedIn: boolean, arriving = true): void {
  const target = guardTarget(window.location.pathname, window.location.search, signedIn, arriving);
  if (target) window.history.replaceState(null, '', target);
}
