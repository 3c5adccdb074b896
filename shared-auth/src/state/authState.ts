/**
 * The reactive auth state every app reads (signals of the page's one solid-js), and its transitions.
 * Transitions change state only; events and the client are the session layer's business. Signals, not a
 * store: solid-js/store would be 2 kB gzip more on every page, for field-level updates no screen needs.
 */
import { batch, createSignal } from 'solid-js';
import type { AuthState, Session, SignOutReason, User } from 'portal-contract';
import type { NamespacedStorage } from '../storage/namespacedStorage';
import { CLIENT_KEYS } from '../client/altogicClient';

export interface AuthStateControl {
  readonly state: AuthState;
  signedIn(user: User, session: Session): void;
  signedOut(reason: SignOutReason): void;
  userChanged(user: User): void;
  storageDegraded(): void;
  localeChanged(locale: string): void;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function readJson(storage: NamespacedStorage, key: string): unknown {
  const text = storage.getItem(key);
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The session and user the client stored, if both are there and look like what the server sends. */
export function readStoredSession(storage: NamespacedStorage): { user: User; session: Session } | null {
  const session = readJson(storage, CLIENT_KEYS.session);
  const user = readJson(storage, CLIENT_KEYS.user);
  if (!isObject(session) || typeof session.token !== 'string' || !session.token) return null;
  if (!isObject(user) || typeof user._id !== 'string') return null;
  return { user: user as unknown as User, session: session as unknown as Session };
}

/** Same fields, same values: key order (which differs between server answers and storage) does not count. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (!isObject(a) || !isObject(b) || Array.isArray(a) || Array.isArray(b)) return false;
  const keys = Object.keys(a).filter((key) => a[key] !== undefined);
  const otherKeys = Object.keys(b).filter((key) => b[key] !== undefined);
  return keys.length === otherKeys.length && keys.every((key) => sameValue(a[key], b[key]));
}

export function createAuthState(storage: NamespacedStorage, initialLocale = 'en'): AuthStateControl {
  const stored = readStoredSession(storage);
  // A user or session equal to the one held (the same answer again, or from another tab) notifies nobody.
  const [user, setUser] = createSignal<User | null>(stored?.user ?? null, { equals: sameValue });
  const [session, setSession] = createSignal<Session | null>(stored?.session ?? null, { equals: sameValue });
  const [endedReason, setEndedReason] = createSignal<SignOutReason | null>(null);
  const [persistent, setPersistent] = createSignal(storage.persistent);
  const [locale, setLocale] = createSignal(initialLocale);

  return {
    state: {
      get user() {
        return user();
      },
      get session() {
        return session();
      },
      get endedReason() {
        return endedReason();
      },
      get persistent() {
        return persistent();
      },
      get locale() {
        return locale();
      },
    },
    signedIn(nextUser, nextSession) {
      batch(() => {
        setUser(nextUser);
        setSession(nextSession);
        setEndedReason(null);
      });
    },
    signedOut(reason) {
      batch(() => {
        setUser(null);
        setSession(null);
        setEndedReason(reason);
      });
    },
    userChanged(nextUser) {
      setUser(nextUser);
    },
    storageDegraded() {
      setPersistent(false);
    },
    localeChanged(next) {
      setLocale(next);
    },
  };
}
