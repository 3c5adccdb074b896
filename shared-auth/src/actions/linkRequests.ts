/**
 * The addresses this browser asked a sign-in link for (magic link, sign-up, resent verification), so that a link
 * nobody here asked for is confirmed by the user before it signs anyone in (login CSRF: an attacker's own unused
 * link, sent to a victim, would otherwise switch the victim into the attacker's account).
 *
 * Kept in localStorage rather than sessionStorage: the mailed link opens in a new tab, which sessionStorage does
 * not reach. Entries expire with the longest-lived link (a day), or go with a session that ends; they hold addresses
 * only, never tokens.
 */
import { STORAGE_PREFIX, USER_DATA_STORAGE_PREFIX } from 'portal-contract';
import type { NamespacedStorage } from '../storage/namespacedStorage';

export interface LinkRequests {
  /** This browser asked a link for `email`. */
  remember(email: string): void;
  /** Did this browser ask a link for `email` in the last day? */
  expected(email: string): boolean;
  /** The link for `email` was used: a second one needs a new request. */
  forget(email: string): void;
}

/** User data (the addresses are the user's): it goes with the session, as on sign-out (docs/security.md B5). */
const KEY = `${USER_DATA_STORAGE_PREFIX.slice(STORAGE_PREFIX.length)}link-requests`;
export const LINK_REQUEST_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const MAX_ENTRIES = 20;

const normalise = (email: string) => email.trim().toLowerCase();

export function createLinkRequests(storage: NamespacedStorage, now: () => number = Date.now): LinkRequests {
  function read(): Record<string, number> {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '{}');
      if (typeof parsed !== 'object' || parsed === null) return {};
      const fresh = Object.entries(parsed).filter(
        (entry): entry is [string, number] => typeof entry[1] === 'number' && now() - entry[1] < LINK_REQUEST_MAX_AGE_MS,
      );
      return Object.fromEntries(fresh);
    } catch {
      return {};
    }
  }
  function write(entries: Record<string, number>): void {
    const newest = Object.entries(entries)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_ENTRIES);
    if (newest.length) storage.setItem(KEY, JSON.stringify(Object.fromEntries(newest)));
    else storage.removeItem(KEY);
  }
  return {
    remember: (email) => write({ ...read(), [normalise(email)]: now() }),
    expected: (email) => normalise(email) in read(),
    forget(email) {
      const entries = read();
      delete entries[normalise(email)];
      write(entries);
    },
  };
}
