/**
 * The page a user asked for, kept while they fetch a link from their email (the link opens /auth-redirect,
 * often in a new tab, without our `redirect` parameter). Stored for 30 minutes; storage failures are ignored.
 */
const KEY = 'auth-mfe:after-sign-in';
const LIFETIME_MS = 30 * 60 * 1000;

export function rememberRedirect(path: string | null): void {
  try {
    if (path) localStorage.setItem(KEY, JSON.stringify({ path, at: Date.now() }));
    else localStorage.removeItem(KEY);
  } catch {
    // blocked storage: the user lands on the default page instead
  }
}

export function takeRememberedRedirect(): string | null {
  try {
    const raw = localStorage.getItem(KEY);
    localStorage.removeItem(KEY);
    if (!raw) return null;
    const { path, at } = JSON.parse(raw) as { path?: unknown; at?: unknown };
    return typeof path === 'string' && typeof at === 'number' && Date.now() - at < LIFETIME_MS ? path : null;
  } catch {
    return null;
  }
}
