/**
 * What this tab does with an event from another tab of the origin. Tabs share the namespaced storage, so the
 * sender has already written (or removed) the session there: the receiver only brings its client header and
 * state in line, never calls the server, and tells its own subscribers.
 */
import type { AuthEventType, BusEnvelope, SignOutReason } from '../contract';
import { readStoredSession, sameValue, type AuthStateControl } from '../state/authState';
import type { AuthSession } from './authSession';

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
        const stored = readStoredSession(storage);
        // Nothing stored (this tab's storage is memory-only, or the other tab signed out again since): nothing to adopt.
        if (!stored) return;
        if (state.session?.token === stored.session.token) {
          if (!sameValue(state.user, stored.user)) {
            stateControl.userChanged(stored.user);
            bus.emitLocal('user-updated', { user: stored.user });
          }
          return;
        }
        session.adoptSession(stored.user, stored.session);
        bus.emitLocal('signed-in', { user: stored.user });
        return;
      }
      case 'signed-out': {
        if (!state.session) return;
        // Our session is still in storage: the other tab ended some other session (it had none of ours to end).
        if (readStoredSession(storage)?.session.token === state.session.token) return;
        const { reason: theirs } = envelope.payload as BusEnvelope<'signed-out'>['payload'];
        // Their user's logout is, for this tab, another tab's doing; a revoked or expired session is that here too.
        const reason: SignOutReason = theirs === 'user' ? 'other-tab' : theirs;
        session.dropSession(reason);
        bus.emitLocal('signed-out', { reason });
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
