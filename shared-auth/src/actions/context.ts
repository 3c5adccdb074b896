import type { AuthSession } from '../session/authSession';
import type { SerialQueue } from '../session/serialQueue';

/** What every action gets: the session layer, and the queue that serialises sign-in, sign-out and grant. */
export interface ActionContext {
  session: AuthSession;
  queue: SerialQueue;
}
