/**
 * What this tab does with an event from another tab of the origin. Tabs share the namespaced storage, so the
 * sender has already written (or removed) the session there: the receiver only brings its client header and
 * state in line, never calls the server, and tells its own subscribers.
 */
import type { AuthEventType, BusEnvelope, SignOutReason } from 'portal-contract';
import { readStoredSession, sameValue, type AuthStateControl } from '../state/authState';
import type { AuthSession } from './authSession';

/**
 * Another renderer's view of localStorage can lag behind a BroadcastChannel message (Chromium keeps it in sync
 * asynchronously, more slowly under load): a message that storage does not confirm yet is looked at again a few
 * times before it is taken for a stale one.
 */
export const STORAGE_LAG_RETRIES_MS = [50, 250, 1000, 3000] as const;

function whenStorageAgrees(agrees: () => boolean, act: () => void, retries: readonly number[] = STORAGE_LAG_RETRIES_MS): void {
  if (agrees()) return act();
  const [wait, ...rest] = retries;
  if (wait !== undefined) setTimeout(() => whenStorageAgrees(agrees, act, rest), wait);
}

/** `localeChosen` applies the language another tab chose (the one its message names). */
export function createTabSync(
  session: AuthSession,
  stateControl: AuthStateControl,
  localeChosen: (locale: string) => void = () => undefined,
): (envelope: BusEnvelope) => void {
  const { state, bus, storage } = session;

  return (envelope) => {
    switch (envelope.type) {
      case 'signed-in': {
        // Nothing stored yet: this tab's view of storage may lag (or it is memory-only, or the other tab signed out again).
        whenStorageAgrees(
          () => readStoredSession(storage) !== null,
          () => {
            const stored = readStoredSession(storage)!;
            if (state.session?.token === stored.session.token) {
              if (!sameValue(state.user, stored.user)) {
                stateControl.userChanged(stored.user);
                bus.emitLocal('user-updated', { user: stored.user });
              }
              return;
            }
            session.adoptSession(stored.user, stored.session);
            bus.emitLocal('signed-in', { user: stored.user });
          },
        );
        return;
      }
      case 'signed-out': {
        if (!state.session) return;
        const ours = state.session.token;
        const { reason: theirs } = envelope.payload as BusEnvelope<'signed-out'>['payload'];
        // Our session still in storage: the other tab ended some other session, or this tab's view of storage lags.
        whenStorageAgrees(
          () => readStoredSession(storage)?.session.token !== ours,
          () => {
            if (state.session?.token !== ours) return;
            // Their user's logout is, for this tab, another tab's doing; a revoked or expired session is that here too.
            const reason: SignOutReason = theirs === 'user' ? 'other-tab' : theirs;
            session.dropSession(reason);
            bus.emitLocal('signed-out', { reason });
          },
        );
        return;
      }
      case 'user-updated': {
        const { user } = envelope.payload as BusEnvelope<'user-updated'>['payload'];
        if (!state.user || state.user._id !== user._id || sameValue(state.user, user)) return;
        stateControl.userChanged(user);
        bus.emitLocal('user-updated', { user });
        return;
      }
      case 'session-invalid':
        // Each tab learns this from its own calls; the sender's signed-out follows anyway.
        return;
      case 'locale-changed':
        localeChosen((envelope.payload as BusEnvelope<'locale-changed'>['payload']).locale);
        bus.emitLocal('locale-changed', { locale: state.locale });
        return;
      default:
        // Events that change no state (any added later) reach this tab's subscribers as sent.
        (bus.emitLocal as (type: AuthEventType, payload: unknown) => void)(envelope.type, envelope.payload);
    }
  };
}
