/**
 * The reactive auth state every app reads (a Solid store from the page's one solid-js), and its transitions.
 * Transitions change state only; events and the client are the session layer's business.
 */
import { batch } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { AuthState, Session, SignOutReason, User } from '../contract';
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

export interface WritableAuthState extends AuthState {
  user: User | null;
  session: Session | null;
  endedReason: SignOutReason | null;
  persistent: boolean;
  locale: string;
}

export function createAuthState(storage: NamespacedStorage, locale = 'en'): AuthStateControl {
  const stored = readStoredSession(storage);
  const [state, setState] = createStore<WritableAuthState>({
    user: stored?.user ?? null,
    session: stored?.session ?? null,
    endedReason: null,
    persistent: storage.persistent,
    locale,
  });

  return {
    state,
    signedIn(user, session) {
      batch(() => {
        // reconcile keeps unchanged fields untouched, so a computation reading only `user.name` does not rerun.
        setState('user', reconcile(user));
        setState('session', reconcile(session));
        setState('endedReason', null);
      });
    },
    signedOut(reason) {
      batch(() => {
        setState('user', null);
        setState('session', null);
        setState('endedReason', reason);
      });
    },
    userChanged(user) {
      setState('user', reconcile(user));
    },
    storageDegraded() {
      setState('persistent', false);
    },
    localeChanged(next) {
      setState('locale', next);
    },
  };
}
