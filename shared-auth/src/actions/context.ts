import type { AuthSession } from '../session/authSession';
import type { SerialQueue } from '../session/serialQueue';
import type { LinkRequests } from './linkRequests';

/**
 * What every action gets: the session layer, the queue that serialises sign-in, sign-out and grant, and the
 * addresses this browser asked sign-in links for.
 */
export interface ActionContext {
  session: AuthSession;
  queue: SerialQueue;
  links: LinkRequests;
}
