/**
 * Where the client, the state and the bus meet: every action calls the server through `request`, and every
 * change of session or user goes through here, so that state, client storage, events and other tabs agree.
 */
import type { APIError, ClientStorage } from 'altogic';
import {
  USER_DATA_STORAGE_PREFIX,
  type AltogicConfig,
  type AuthState,
  type Result,
  type Session,
  type SignOutReason,
  type User,
} from 'portal-contract';
import { CLIENT_KEYS, clientStorageView, createAltogicClient, type AuthClient, type ClientFactory } from '../client/altogicClient';
import { fail, networkFailure, notConfigured, ok, sessionCodeOf, toFailure, type SessionCode } from '../client/failures';
import type { TabEventBus } from '../bus/eventBus';
import type { NamespacedStorage } from '../storage/namespacedStorage';
import { readStoredSession, sameValue, type AuthStateControl } from '../state/authState';

export interface RequestOptions {
  /** Milliseconds before a call that has not answered counts as a network failure; null: no limit (uploads). */
  timeoutMs?: number | null;
  /** A session-token error ends the session ('end', the default) or is left to the caller ('report'). */
  sessionErrors?: 'end' | 'report';
}

export interface AuthSession {
  readonly state: AuthState;
  readonly bus: TabEventBus;
  readonly storage: NamespacedStorage;
  /** The client, once configured. */
  client(): AuthClient | null;
  /** Creates the client (once per config) and restores the stored session. False if the config was refused. */
  configure(config: AltogicConfig): boolean;
  /**
   * Calls the client. Never throws: a rejected or hung call is a network failure, an error answer a `Failure`;
   * a session-token error anywhere ends the session here and in every tab.
   */
  request<T extends { errors: APIError | null }>(call: (client: AuthClient) => Promise<T>, options?: RequestOptions): Promise<Result<T>>;
  /** A sign-in, grant or sign-up with a session succeeded (the client has stored it). */
  started(user: User, session: Session): void;
  /** This tab's session ended; the client's storage and header are cleared too. */
  ended(reason: SignOutReason): void;
  /** The server returned a (possibly) newer user record. */
  userReceived(user: User): void;
  /** Takes over a session another tab stored: client header and state, no storage write, no event. */
  adoptSession(user: User, session: Session): void;
  /** Forgets this tab's session after another tab ended it: client header and state, no storage write, no event. */
  dropSession(reason: SignOutReason): void;
  /**
   * Ends `session` on the server with its own header, through a client of its own: this tab's client, storage and
   * state stay as they are. Best effort: a session that cannot be ended now ends with its idle timeout.
   */
  endElsewhere(session: Session): Promise<void>;
}

export interface AuthSessionOptions {
  storage: NamespacedStorage;
  stateControl: AuthStateControl;
  bus: TabEventBus;
  clientFactory?: ClientFactory;
  timeoutMs?: number;
  /** Called after this tab signed someone in (not when another tab did). */
  onStarted?: () => void;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Where builds before contract 1.6.0 kept user data (link requests, a pending email): browsers that ran one have them. */
const LEGACY_USER_DATA = ['shared-auth:link-requests', 'profile-mfe:pending-email:'];

class Timeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number | null): Promise<T> {
  if (ms === null) return promise;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Timeout()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** A plain copy for the client and the bus, so that neither holds (nor later changes) the state's own object. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function createAuthSession(options: AuthSessionOptions): AuthSession {
  const { storage, stateControl, bus } = options;
  const { state } = stateControl;
  const view = clientStorageView(storage);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let client: AuthClient | null = null;
  let configuredAs: string | null = null;
  let configured: AltogicConfig | null = null;

  /** Drops the client's `Session` header without touching storage, which other tabs own as much as this one. */
  function dropClientHeader(): void {
    if (client) view.readOnly(() => client?.auth.invalidateSession());
  }

  /** What apps keep of the user between visits goes with the session (docs/security.md B5). */
  function forgetUserData(): void {
    for (const prefix of [USER_DATA_STORAGE_PREFIX, ...LEGACY_USER_DATA]) storage.removeStartingWith(prefix);
  }

  function restoreFromStorage(): void {
    const stored = readStoredSession(storage);
    if (stored) {
      if (state.session?.token !== stored.session.token) stateControl.signedIn(stored.user, stored.session);
      else if (!sameValue(state.user, stored.user)) stateControl.userChanged(stored.user);
    } else if (state.session) {
      stateControl.signedOut('expired');
    }
  }

  function sessionRejected(code: SessionCode, tokenAtStart: string | null, caller: AuthClient): void {
    // The client has already cleared its storage and header (docs/wire-contract.md §1.8).
    if (!state.session) return;
    if (state.session.token !== tokenAtStart) {
      // A newer session arrived while a call with the old one was in flight: the rejection is about the old one,
      // and the client just threw the new one away. Put it back.
      caller.auth.setSession(plain(state.session));
      if (state.user) caller.auth.setUser(plain(state.user));
      return;
    }
    const reason: SignOutReason = code === 'invalid_session_token' ? 'revoked' : 'expired';
    forgetUserData();
    stateControl.signedOut(reason);
    bus.emitLocal('session-invalid', { code });
    bus.emit('signed-out', { reason });
  }

  return {
    state,
    bus,
    storage,
    client: () => client,
    configure(config) {
      const key = JSON.stringify([config?.envUrl, config?.clientKey]);
      if (key === configuredAs) return true;
      try {
        client = createAltogicClient(config, view, options.clientFactory);
      } catch (error) {
        // The client refuses an envUrl without http(s):// or an empty key; its message names the field, not the key.
        console.error('[shared-auth] configure: the Altogic config was refused:', error instanceof Error ? error.message : error);
        return false;
      }
      configuredAs = key;
      configured = config;
      restoreFromStorage();
      return true;
    },
    async request(call, requestOptions) {
      const caller = client;
      if (!caller) return fail(notConfigured());
      const tokenAtStart = state.session?.token ?? null;
      let answer;
      try {
        answer = await withTimeout(call(caller), requestOptions?.timeoutMs === undefined ? timeoutMs : requestOptions.timeoutMs);
      } catch (error) {
        return fail(error instanceof Timeout ? networkFailure('The server did not answer in time. Try again.') : networkFailure());
      }
      if (answer.errors) {
        const failure = toFailure(answer.errors);
        const code = sessionCodeOf(failure);
        if (code && requestOptions?.sessionErrors !== 'report') sessionRejected(code, tokenAtStart, caller);
        return fail(failure);
      }
      return ok(answer);
    },
    started(user, session) {
      // Another account over a signed-in one (a link's "Continue as"): the first one's data goes with it.
      if (state.user && state.user._id !== user._id) forgetUserData();
      stateControl.signedIn(user, session);
      bus.emit('signed-in', { user: plain(user) });
      options.onStarted?.();
    },
    ended(reason) {
      // Idempotent: the client may already have cleared both keys and the header.
      client?.auth.invalidateSession();
      storage.removeItem(CLIENT_KEYS.session);
      storage.removeItem(CLIENT_KEYS.user);
      forgetUserData();
      if (!state.session) return;
      stateControl.signedOut(reason);
      bus.emit('signed-out', { reason });
    },
    userReceived(user) {
      if (!state.session || state.user?._id !== user._id) return;
      client?.auth.setUser(user);
      if (sameValue(state.user, user)) return;
      stateControl.userChanged(user);
      bus.emit('user-updated', { user: plain(user) });
    },
    adoptSession(user, session) {
      if (client) view.readOnly(() => client?.auth.setSession(session));
      stateControl.signedIn(user, session);
    },
    dropSession(reason) {
      dropClientHeader();
      stateControl.signedOut(reason);
    },
    async endElsewhere(other) {
      if (!configured) return;
      const held = new Map([[CLIENT_KEYS.session as string, JSON.stringify(other)]]);
      const own: ClientStorage = {
        getItem: (key) => held.get(key) ?? null,
        setItem: (key, value) => void held.set(key, value),
        removeItem: (key) => void held.delete(key),
      };
      try {
        await withTimeout(createAltogicClient(configured, own, options.clientFactory).auth.signOut(), timeoutMs);
      } catch {
        // Unreachable server: the session ends with its idle timeout.
      }
    },
  };
}
