/**
 * The one Altogic client of the page, created from the runtime config. What shared-auth calls on it is typed by
 * `AuthClient` (a structural subset of the real client) so that unit tests can stand in at this boundary.
 */
import type { APIError, ClientOptions, ClientStorage, FileUploadOptions } from 'altogic';
import { lazyClientFactory } from './lazyClient';
import type { AltogicConfig, Session, User } from 'portal-contract';
import type { NamespacedStorage } from '../storage/namespacedStorage';

type Answer<T> = Promise<T & { errors: APIError | null }>;

/** The calls shared-auth makes, with the client's own signatures (argument order included). */
export interface AuthClient {
  auth: {
    signUpWithEmail(email: string, password: string, name?: string): Answer<{ user: User | null; session: Session | null }>;
    signInWithEmail(email: string, password: string): Answer<{ user: User | null; session: Session | null }>;
    getAuthGrant(accessToken?: string): Answer<{ user: User | null; session: Session | null }>;
    signOut(sessionToken?: string): Answer<object>;
    signOutAllExceptCurrent(): Answer<object>;
    getAllSessions(): Answer<{ sessions: Session[] | null }>;
    getUserFromDB(): Answer<{ user: User | null }>;
    changePassword(newPassword: string, oldPassword: string): Answer<object>;
    changeEmail(currentPassword: string, newEmail: string): Answer<{ user: User | null }>;
    resendVerificationEmail(email: string): Answer<object>;
    sendMagicLinkEmail(email: string): Answer<object>;
    sendResetPwdEmail(email: string): Answer<object>;
    resetPwdWithToken(accessToken: string, newPassword: string): Answer<object>;
    setSession(session: Session): void;
    setUser(user: User): void;
    invalidateSession(): void;
  };
  db: {
    model(name: string): { object(id?: string): { update(values: object): Answer<{ data: object | null }> } };
  };
  storage: {
    bucket(name: string): {
      upload(fileName: string, body: unknown, options?: FileUploadOptions): Answer<{ data: object | null }>;
      file(nameOrId: string): { delete(): Answer<object> };
    };
  };
}

export type ClientFactory = (envUrl: string, clientKey: string, options: ClientOptions) => AuthClient;

/** The official client, downloaded at the first server call (./lazyClient). */
export const defaultClientFactory: ClientFactory = lazyClientFactory();

/** The storage view handed to the client: namespaced, and mutable only when shared-auth lets it write. */
export interface ClientStorageView extends ClientStorage {
  /**
   * Runs `action` with the client's storage writes discarded. Used to drop the client's `Session` header after
   * another tab signed out, without touching storage that tab (or a later sign-in there) owns.
   */
  readOnly<T>(action: () => T): T;
}

export function clientStorageView(storage: NamespacedStorage): ClientStorageView {
  let muted = 0;
  return {
    // The client JSON-parses what it reads, in its constructor too: a corrupt value must read as nothing.
    getItem: (key) => {
      const value = storage.getItem(key);
      if (value === null) return null;
      try {
        JSON.parse(value);
        return value;
      } catch {
        return null;
      }
    },
    setItem: (key, value) => {
      if (!muted) storage.setItem(key, value);
    },
    removeItem: (key) => {
      if (!muted) storage.removeItem(key);
    },
    readOnly(action) {
      muted += 1;
      try {
        return action();
      } finally {
        muted -= 1;
      }
    },
  };
}

/** Storage keys the client writes (under shared-auth's namespace): declared by the contract. */
export { CLIENT_KEYS } from 'portal-contract';

export function createAltogicClient(
  config: AltogicConfig,
  storage: ClientStorage,
  factory: ClientFactory = defaultClientFactory,
): AuthClient {
  // Never set `signInRedirect`: an invalid session would reload the whole page (docs/pitfalls.md #15).
  return factory(config.envUrl, config.clientKey, { localStorage: storage, signInRedirect: undefined });
}
