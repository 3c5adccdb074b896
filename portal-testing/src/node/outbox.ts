/**
 * altogic-local's outbox: the mails the server sent, read like a person reads them.
 * `GET /_emulator/v1/outbox?to=EMAIL` → `{messages:[…]}`, oldest first.
 */
import { PortalTestingError, readJson } from './http.js';
import type { Portal } from './portal.js';

/** Mails with a link to follow, and security notices that carry none. */
export type MailAction =
  'email-confirm' | 'magic-link' | 'reset-pwd' | 'change-email' | 'password-changed' | 'email-changed' | 'new-sign-in';

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  action: MailAction;
  /** null on a notice */
  link: string | null;
  text: string;
  html: string;
  createdAt: string;
}

export interface WaitOptions {
  /** How long to wait for the mail, in ms (default 15 000). */
  timeout?: number;
}

const DEFAULT_TIMEOUT = 15_000;
const POLL_EVERY = 100;

/** Every mail to `to` (all mail without it), oldest first. */
export async function readOutbox(portal: Portal, to?: string): Promise<OutboxMessage[]> {
  const backend = await portal.backend();
  const query = to === undefined ? '' : `?to=${encodeURIComponent(to)}`;
  const { messages } = await readJson<{ messages: OutboxMessage[] }>(
    `${backend.url}/_emulator/v1/outbox${query}`,
    `the outbox${to ? ` of ${to}` : ''}`,
  );
  return messages;
}

/** Empties the outbox. */
export async function clearOutbox(portal: Portal): Promise<void> {
  const backend = await portal.backend();
  await readJson(`${backend.url}/_emulator/v1/outbox`, 'clearing the outbox', { method: 'DELETE' });
}

/**
 * Reads the outbox until `accept` returns a result (not undefined), or fails after the timeout naming `what` and
 * the mail that did arrive.
 */
export async function pollOutbox<T>(
  portal: Portal,
  to: string,
  what: string,
  accept: (messages: OutboxMessage[]) => T | undefined,
  { timeout = DEFAULT_TIMEOUT }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const messages = await readOutbox(portal, to);
    const result = accept(messages);
    if (result !== undefined) return result;
    if (Date.now() >= deadline) {
      const arrived = messages.map((m) => m.action).join(', ') || 'none';
      throw new PortalTestingError(`no ${what} to ${to} within ${timeout} ms (mail that arrived: ${arrived})`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_EVERY));
  }
}

/** The mails of this action to this address (oldest first), once there are at least `count` of them. */
export async function waitForMails(
  portal: Portal,
  to: string,
  action: MailAction,
  count = 1,
  options: WaitOptions = {},
): Promise<OutboxMessage[]> {
  return pollOutbox(
    portal,
    to,
    `${count} "${action}" mail(s)`,
    (messages) => {
      const found = messages.filter((m) => m.action === action);
      return found.length >= count ? found : undefined;
    },
    options,
  );
}

/** The `nth` mail (1 = first) of this action to this address, waiting for it to arrive. */
export async function waitForMail(
  portal: Portal,
  to: string,
  action: MailAction,
  nth = 1,
  options: WaitOptions = {},
): Promise<OutboxMessage> {
  return (await waitForMails(portal, to, action, nth, options))[nth - 1]!;
}

/** The link of the `nth` mail of this action to this address, waiting for it to arrive. */
export async function mailLink(portal: Portal, to: string, action: MailAction, nth = 1, options: WaitOptions = {}): Promise<string> {
  const mail = await waitForMail(portal, to, action, nth, options);
  if (!mail.link) throw new PortalTestingError(`mail #${nth} "${action}" to ${to} has no link`);
  return mail.link;
}

/** Follows a mailed link the way a browser does, without going on: where the server redirects to. */
export async function followMailLink(link: string): Promise<URL> {
  const response = await fetch(link, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status < 300 || response.status >= 400 || !location) {
    throw new PortalTestingError(`following ${link}: HTTP ${response.status} without a redirect`);
  }
  return new URL(location, link);
}
