/**
 * The kit's Playwright test: `portal`, `account`, `signedInPage`, `outbox`, `resetBackend` and `watch` fixtures on
 * top of @playwright/test's own. The portal is the project's `baseURL` unless `portalOptions.url` says otherwise.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { createVerifiedAccount, deleteAccount, resetBackend, type Account } from '../node/accounts.js';
import { pollOutbox, readOutbox, type MailAction, type OutboxMessage, type WaitOptions } from '../node/outbox.js';
import { connectPortal, type Portal, type PortalOptions } from '../node/portal.js';
import { signIn } from '../node/session.js';
import { writeSession } from './signedIn.js';
import { watchPage, type PageWatch } from './watch.js';

export interface NextMailOptions extends WaitOptions {
  /** Only mail of this action (`email-confirm`, `magic-link`, `reset-pwd`, …). */
  action?: MailAction;
}

/** The outbox as one test reads it: `next` hands out each mail once, in the order they arrived. */
export interface Outbox {
  /** The next mail to `to` this test has not read yet (of `action`, if given), waiting for it to arrive. */
  next(to: string, options?: NextMailOptions): Promise<OutboxMessage>;
  /** The link of the next mail to `to` (a mail without one fails). */
  nextLink(to: string, options?: NextMailOptions): Promise<string>;
  /** Every mail to `to`, oldest first, read or not. */
  all(to: string): Promise<OutboxMessage[]>;
}

export interface PortalTestOptions {
  /** The portal's URL (default: the project's `baseURL`), altogic-local's URL and the client key, if not the portal's. */
  portalOptions: Partial<PortalOptions>;
  /** Origins whose pages `signedInPage` opens signed in (default: the portal's). A host page embedding the screens adds its own. */
  signedInOrigins: string[];
}

export interface PortalFixtures {
  /** The portal under test; pass it to the plain functions (createVerifiedAccount, mailLink, …). */
  portal: Portal;
  /** A verified account of this test's own, made through the API, with no session open. */
  account: Account;
  /** `page`, signed in as `account` without the login screen: the first page it opens is already signed in. */
  signedInPage: Page;
  /** The test's view of altogic-local's outbox. */
  outbox: Outbox;
  /** Erases all data on the backend, or one account (`{ email }`) and everything it owns. */
  resetBackend: (options?: { email?: string }) => Promise<void>;
  /** Records `page`'s addresses and Referers, and fails the test on a page error or a duplicate Solid/shared-auth. */
  watch: PageWatch;
}

export const test = base.extend<PortalFixtures & PortalTestOptions>({
  portalOptions: [{}, { option: true }],
  signedInOrigins: [[], { option: true }],
  portal: async ({ baseURL, portalOptions }, use) => {
    const url = portalOptions.url ?? baseURL;
    if (!url) throw new Error('portal-testing: set `use: { baseURL }` (the portal) or `portalOptions: { url }`');
    await use(connectPortal({ ...portalOptions, url }));
  },
  account: async ({ portal }, use) => use(await createVerifiedAccount(portal)),
  signedInPage: async ({ page, portal, account, signedInOrigins }, use) => {
    const userAgent = await page.evaluate(() => navigator.userAgent);
    const signedIn = await signIn(portal, account, { userAgent });
    await writeSession(page, signedInOrigins.length > 0 ? signedInOrigins : [portal.url], signedIn.localStorage);
    await use(page);
  },
  outbox: async ({ portal }, use) => {
    const read = new Set<string>();
    const next = async (to: string, { action, ...wait }: NextMailOptions = {}) => {
      const mail = await pollOutbox(
        portal,
        to,
        action ? `unread "${action}" mail` : 'unread mail',
        (messages) => messages.find((m) => !read.has(m.id) && (action === undefined || m.action === action)),
        wait,
      );
      read.add(mail.id);
      return mail;
    };
    await use({
      next,
      nextLink: async (to, options) => {
        const mail = await next(to, options);
        if (!mail.link) throw new Error(`portal-testing: the "${mail.action}" mail to ${to} has no link`);
        return mail.link;
      },
      all: (to) => readOutbox(portal, to),
    });
  },
  resetBackend: async ({ portal }, use) => {
    await use(async ({ email } = {}) => (email === undefined ? resetBackend(portal) : deleteAccount(portal, email)));
  },
  watch: async ({ page }, use) => {
    const watch = watchPage(page);
    await use(watch);
    expect(watch.problems, 'page errors and duplicate-module warnings').toEqual([]);
  },
});

export { expect };
