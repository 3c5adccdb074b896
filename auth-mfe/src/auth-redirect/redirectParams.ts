/**
 * The parameters an email link brings to /auth-redirect. They are read once and removed from the address bar
 * before anything else happens (SECURITY B1, FIELD-NOTES 17), then kept in memory for this page: a second
 * mount of the redirect screen sees the same link instead of a blank one.
 */
export type LinkAction = 'email-confirm' | 'magic-link' | 'reset-pwd' | 'change-email';

export interface RedirectParams {
  token: string | null;
  action: LinkAction | null;
  /** HTTP-like status of following the link: 2xx worked, 4xx/5xx did not. */
  status: number | null;
  /** The server's description of a failure; only classified, never shown (it arrives in a URL anyone can craft). */
  error: string | null;
}

const NAMES = ['access_token', 'action', 'status', 'error'] as const;
const ACTIONS: readonly string[] = ['email-confirm', 'magic-link', 'reset-pwd', 'change-email'];

let captured: RedirectParams | null = null;

export function captureRedirectParams(location: Location = window.location, history: History = window.history): RedirectParams | null {
  const query = new URLSearchParams(location.search);
  const fragment = new URLSearchParams(location.hash.slice(1));
  const read = (name: string) => query.get(name) ?? fragment.get(name);
  if (!NAMES.some((name) => read(name) !== null)) return captured;

  const action = read('action');
  const status = Number(read('status'));
  captured = {
    token: read('access_token') || null,
    action: action && ACTIONS.includes(action) ? (action as LinkAction) : null,
    status: Number.isInteger(status) && status > 0 ? status : null,
    error: read('error'),
  };
  for (const name of NAMES) query.delete(name);
  const rest = query.toString();
  history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}`);
  return captured;
}

export type LinkOutcome =
  | { kind: 'grant'; token: string; action: LinkAction | null }
  | { kind: 'reset'; token: string }
  | { kind: 'email-changed' }
  | { kind: 'failed'; action: LinkAction | null; reason: 'used' | 'invalid' | 'email-taken' }
  | { kind: 'missing' };

/** What the link asks for. Failure texts are matched to our own sentences, never echoed. */
export function linkOutcome(params: RedirectParams | null): LinkOutcome {
  if (!params) return { kind: 'missing' };
  const { token, action, status, error } = params;
  if (error !== null || (status !== null && status >= 400)) {
    const reason = status === 409 ? 'email-taken' : error && /already been used|already used/i.test(error) ? 'used' : 'invalid';
    return { kind: 'failed', action, reason };
  }
  if (action === 'change-email') return { kind: 'email-changed' };
  if (!token) return { kind: 'failed', action, reason: 'invalid' };
  if (action === 'reset-pwd') return { kind: 'reset', token };
  return { kind: 'grant', token, action };
}
