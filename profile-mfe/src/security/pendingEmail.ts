import { USER_DATA_STORAGE_PREFIX } from 'portal-contract';

/**
 * The address an email change waits to be confirmed at, kept per user in this browser so that "pending"
 * survives a reload, until the user record carries it, the confirmation link has expired (24 h, docs/security.md S5)
 * or the session ends (it is user data: shared-auth removes it at sign-out, docs/security.md B5).
 */
const KEY_PREFIX = `${USER_DATA_STORAGE_PREFIX}profile-mfe:pending-email:`;
export const PENDING_EMAIL_TTL_MS = 24 * 60 * 60 * 1000;

interface Stored {
  address: string;
  until: number;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readPendingEmail(userId: string, now = Date.now()): string | null {
  try {
    const raw = storage()?.getItem(KEY_PREFIX + userId);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Partial<Stored>;
    if (typeof stored.address === 'string' && typeof stored.until === 'number' && stored.until > now) return stored.address;
    clearPendingEmail(userId);
  } catch {
    // unreadable or blocked storage: nothing is pending as far as this page knows
  }
  return null;
}

export function savePendingEmail(userId: string, address: string, now = Date.now()): void {
  try {
    storage()?.setItem(KEY_PREFIX + userId, JSON.stringify({ address, until: now + PENDING_EMAIL_TTL_MS } satisfies Stored));
  } catch {
    // blocked storage: the notice lasts as long as the page
  }
}

export function clearPendingEmail(userId: string): void {
  try {
    storage()?.removeItem(KEY_PREFIX + userId);
  } catch {
    // nothing to clear
  }
}
