/**
 * Assembles shared-auth: storage → state → bus → session layer → actions. `runtime.ts` calls it once per page
 * with no arguments; tests pass their own storage, transports and client factory.
 */
import { CONTRACT_VERSION, type SharedAuth } from 'portal-contract';
import { createNamespacedStorage } from './storage/namespacedStorage';
import { createAuthState } from './state/authState';
import { createEventBus, type BusTransports, type TabEventBus } from './bus/eventBus';
import type { ClientFactory } from './client/altogicClient';
import { createAuthSession, type AuthSession } from './session/authSession';
import { createTabSync } from './session/tabSync';
import { createSerialQueue } from './session/serialQueue';
import { createFreshnessCheck, type FreshnessCheckOptions } from './session/freshnessCheck';
import type { ActionContext } from './actions/context';
import { signUp } from './actions/signUp';
import { signIn } from './actions/signIn';
import { createLinkGrants } from './actions/grant';
import { createLinkRequests } from './actions/linkRequests';
import { resendVerification, sendMagicLink, sendResetLink } from './actions/emailLinks';
import { resetPassword } from './actions/resetPassword';
import { revokeSession, signOut, signOutOthers } from './actions/signOut';
import { listSessions } from './actions/listSessions';
import { refreshUser, updateName } from './actions/profile';
import { syncUserLocale } from './actions/userLocale';
import { changeEmail, changePassword } from './actions/credentials';
import { createLocaleControl, type LocaleControlOptions } from './locale/locale';

export interface SharedAuthOptions {
  /** Backing storage; default `localStorage` (memory if the browser refuses it). Keys are prefixed `shared-auth:`. */
  storage?: Storage | null;
  /** Cross-tab transports of the bus; default BroadcastChannel, else `storage` events on the window. */
  broadcast?: BusTransports;
  /** Creates the Altogic client; default the real `createClient`. */
  clientFactory?: ClientFactory;
  /** Freshness check tuning and event targets (tests use a fake clock and their own targets). */
  freshness?: Pick<FreshnessCheckOptions, 'minIntervalMs' | 'now' | 'document' | 'window'>;
  /** Milliseconds before an unanswered call counts as a network failure (uploads excepted). */
  timeoutMs?: number;
  instanceId?: string;
  /** Where the locale comes from besides storage and config, and whose `lang` it sets (tests pass their own). */
  locale?: Pick<LocaleControlOptions, 'languages' | 'document'>;
}

/** The contract's API, plus what only the page's owner (and tests) need. */
export interface SharedAuthInstance extends SharedAuth {
  readonly bus: TabEventBus;
  /** Checks the session with the server now, unless checked in the last minute. */
  checkSession(): Promise<void>;
  /** Stops listening: bus, freshness triggers. */
  dispose(): void;
}

export function createSharedAuth(options: SharedAuthOptions = {}): SharedAuthInstance {
  const storage = createNamespacedStorage(options.storage);
  // The state's locale follows the control; the control exists first so that the state starts with it.
  let onLocale: (locale: string) => void = () => undefined;
  const locale = createLocaleControl({ storage, ...options.locale, onChange: (next) => onLocale(next) });
  const stateControl = createAuthState(storage, locale.current());
  onLocale = (next) => stateControl.localeChanged(next);
  storage.onDegrade(() => stateControl.storageDegraded());

  // The session layer needs the bus and the bus's remote handler needs the session layer: late binding.
  let onRemote: ReturnType<typeof createTabSync> = () => undefined;
  const bus = createEventBus({
    storage,
    ...(options.broadcast ? { transports: options.broadcast } : {}),
    ...(options.instanceId ? { instanceId: options.instanceId } : {}),
    onRemote: (envelope) => onRemote(envelope),
  });
  const session: AuthSession = createAuthSession({
    storage,
    stateControl,
    bus,
    ...(options.clientFactory ? { clientFactory: options.clientFactory } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    // The user's mails follow the language shown: after this tab signs someone in (and when it changes language).
    onStarted: () => syncLocale(),
  });
  onRemote = createTabSync(session, stateControl, (chosen) => locale.chosenElsewhere(chosen));

  const ctx: ActionContext = { session, queue: createSerialQueue(), links: createLinkRequests(storage) };
  const syncLocale = () => void syncUserLocale(ctx, stateControl.state.locale);
  const freshness = createFreshnessCheck({
    ...options.freshness,
    shouldCheck: () => session.state.session !== null && session.client() !== null,
    check: () => refreshUser(ctx),
  });
  const links = createLinkGrants(ctx);

  return {
    version: CONTRACT_VERSION,
    state: session.state,
    bus,
    configure(config) {
      if (session.configure(config)) freshness.start();
      locale.configure(config?.locale);
      if (config?.locale !== undefined) syncLocale();
    },
    setLocale(next) {
      if (!locale.choose(next)) return;
      bus.emit('locale-changed', { locale: stateControl.state.locale });
      syncLocale();
    },
    signUp: (email, password, name) => signUp(ctx, email, password, name, stateControl.state.locale),
    signIn: (email, password) => signIn(ctx, email, password),
    sendMagicLink: (email) => sendMagicLink(ctx, email),
    resendVerification: (email) => resendVerification(ctx, email),
    sendResetLink: (email) => sendResetLink(ctx, email),
    resetPassword: (accessToken, newPassword) => resetPassword(ctx, accessToken, newPassword),
    grant: links.grant,
    followLink: links.follow,
    settleLink: links.settle,
    signOut: () => signOut(ctx),
    revokeSession: (token) => revokeSession(ctx, token),
    signOutOthers: () => signOutOthers(ctx),
    listSessions: () => listSessions(ctx),
    refreshUser: () => refreshUser(ctx),
    updateName: (name) => updateName(ctx, name),
    // Only the profile uploads, after a click: its code is a chunk of its own, off every page's start.
    uploadAvatar: async (file, onProgress) => (await import('./actions/uploadAvatar')).uploadAvatar(ctx, file, onProgress),
    changePassword: (currentPassword, newPassword) => changePassword(ctx, currentPassword, newPassword),
    changeEmail: (currentPassword, newEmail) => changeEmail(ctx, currentPassword, newEmail),
    checkSession: () => freshness.trigger(),
    dispose() {
      freshness.dispose();
      bus.close();
    },
  };
}
