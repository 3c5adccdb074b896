import { stashLinkParams, takeLinkParams } from 'portal-contract';

/**
 * The parameters an email link brings to /auth-redirect. The root config moves them out of the address bar
 * before anything else runs (shared-auth's stashLinkParams; a host page without it gets the same here), they are
 * taken once, then kept in memory for this page: a second mount of the redirect screen sees the same link
 * instead of a blank one.
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

const ACTIONS: readonly string[] = ['email-confirm', 'magic-link', 'reset-pwd', 'change-email'];

let captured: RedirectParams | null = null;

export function captureRedirectParams(location: Location = window.location, history: History = window.history): RedirectParams | null {
  stashLinkParams(location, history);
  const params = takeLinkParams(history);
  if (!params) return captured;
  const { action, status: statusText } = params;
  const status = Number(statusText);
  captured = {
    token: params.access_token || null,
    action: action && ACTIONS.includes(action) ? (action as LinkAction) : null,
    status: Number.isInteger(status) && status > 0 ? status : null,
    error: params.error ?? null,
  };
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
