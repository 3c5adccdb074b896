/**
 * Every state of every screen, as a user brings it about (typing, submitting, following a mailed link), in the
 * language the browser asks for: the axe spec checks each (everyState.spec.ts), the screenshot tool photographs
 * each (screens.shots.ts). One verified user, with a second session on another device, serves the signed-in
 * states of the whole worker.
 */
import type { Page } from '@playwright/test';
import {
  connectPortal,
  createVerifiedAccount,
  expect,
  FIREFOX_ON_LINUX,
  mailLink,
  newAccount,
  signIn,
  test as base,
  uniqueEmail,
  type Account,
  type Portal,
  type StorageEntry,
} from 'portal-testing';
import { overrideRemotes } from '../composition/portalConfig';
import { serveDist } from '../composition/remoteServer';

export type Locale = 'en' | 'de';

/** Signs up through /register, as a visitor does, up to "Check your email". */
async function signUpWithForm(page: Page, account: ReturnType<typeof newAccount>, say: StateContext['say']): Promise<void> {
  await page.goto('/register');
  await page.getByLabel('Name').fill(account.name);
  await page.getByLabel(say('Email', 'E-Mail')).fill(account.email);
  await page.getByLabel(say('Password', 'Passwort'), { exact: true }).fill(account.password);
  await page.getByRole('button', { name: say('Create account', 'Konto erstellen') }).click();
  await expect(heading(page, say('Check your email', 'Sehen Sie in Ihr Postfach'))).toBeVisible();
}

/** What a state needs: its words in the page's language, the worker's user, the portal. */
export interface StateContext {
  say: (en: string, de: string) => string;
  user: SignedInUser;
  portal: Portal;
}

export interface SignedInUser {
  account: Account;
  /** The localStorage entries of its session in the tested browser. */
  session: StorageEntry[];
}

export interface PageState {
  name: string;
  /** Brings `page` (signed out, on no page yet) to the state and waits until it shows. */
  show: (page: Page, context: StateContext) => Promise<void>;
}

/** Opens `path` signed in as the worker's user: its session written into the portal's storage first. */
async function openSignedIn(page: Page, path: string, user: SignedInUser): Promise<void> {
  await page.goto('/portal.config.json');
  await page.evaluate((entries) => entries.forEach(({ name, value }) => localStorage.setItem(name, value)), user.session);
  await page.goto(path);
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

export const STATES: PageState[] = [
  {
    name: 'the welcome page',
    show: async (page, { say }) => {
      await page.goto('/');
      await expect(heading(page, say('Welcome', 'Willkommen'))).toBeVisible();
    },
  },
  {
    name: '/login',
    show: async (page, { say }) => {
      await page.goto('/login');
      await expect(page.getByRole('button', { name: say('Log in', 'Anmelden'), exact: true })).toBeVisible();
    },
  },
  {
    name: '/login with field errors',
    show: async (page, { say }) => {
      await page.goto('/login');
      await page.getByRole('button', { name: say('Log in', 'Anmelden'), exact: true }).click();
      await expect(page.getByLabel(say('Email', 'E-Mail'))).toHaveAttribute('aria-invalid', 'true');
    },
  },
  {
    name: '/login with an alert',
    show: async (page, { say }) => {
      await page.goto('/login');
      await page.getByLabel(say('Email', 'E-Mail')).fill(newAccount('axe').email);
      await page.getByLabel(say('Password', 'Passwort'), { exact: true }).fill('not a real password');
      await page.getByRole('button', { name: say('Log in', 'Anmelden'), exact: true }).click();
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: "/login with the 'logged out' notice",
    show: async (page, { say, user, portal }) => {
      // A session of its own, so that logging out leaves the worker's session alone.
      const own = await signIn(portal, user.account);
      await openSignedIn(page, '/profile', { ...user, session: own.localStorage });
      await page
        .getByRole('navigation', { name: say('Main', 'Hauptnavigation') })
        .getByRole('button', { name: say('Log out', 'Abmelden') })
        .click();
      await expect(page.getByRole('status').filter({ hasText: say('You are logged out.', 'Sie sind abgemeldet.') })).toBeVisible();
    },
  },
  {
    name: '/login with an unconfirmed address (resend offered)',
    show: async (page, { say }) => {
      const account = newAccount('axe-unconfirmed');
      await signUpWithForm(page, account, say);
      await page.goto('/login');
      await page.getByLabel(say('Email', 'E-Mail')).fill(account.email);
      await page.getByLabel(say('Password', 'Passwort'), { exact: true }).fill(account.password);
      await page.getByRole('button', { name: say('Log in', 'Anmelden'), exact: true }).click();
      await expect(page.getByRole('button', { name: say('Resend verification email', 'Bestätigungs-E-Mail erneut senden') })).toBeVisible();
    },
  },
  {
    name: '/register',
    show: async (page, { say }) => {
      await page.goto('/register');
      await expect(page.getByRole('button', { name: say('Create account', 'Konto erstellen') })).toBeVisible();
    },
  },
  {
    name: '/register with field errors',
    show: async (page, { say }) => {
      await page.goto('/register');
      await page.getByRole('button', { name: say('Create account', 'Konto erstellen') }).click();
      await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
    },
  },
  {
    name: 'check your email, after sign-up',
    show: async (page, { say }) => {
      const account = newAccount('axe-signup');
      await signUpWithForm(page, account, say);
    },
  },
  {
    name: '/login-with-magic-link',
    show: async (page, { say }) => {
      await page.goto('/login-with-magic-link');
      await expect(page.getByRole('button', { name: say('Send magic link', 'Anmeldelink senden') })).toBeVisible();
    },
  },
  {
    name: '/forgot-password',
    show: async (page, { say }) => {
      await page.goto('/forgot-password');
      await expect(page.getByRole('button', { name: say('Send reset link', 'Link zum Zurücksetzen senden') })).toBeVisible();
    },
  },
  {
    name: '/reset-password without a link',
    show: async (page, { say }) => {
      await page.goto('/reset-password');
      await expect(
        page.getByRole('link', { name: say('Request a new reset link', 'Neuen Link zum Zurücksetzen anfordern') }),
      ).toBeVisible();
    },
  },
  {
    name: '/reset-password from a mailed link',
    show: async (page, { say, portal }) => {
      const account = await createVerifiedAccount(portal, 'axe-reset');
      await page.goto('/forgot-password');
      await page.getByLabel(say('Email', 'E-Mail')).fill(account.email);
      await page.getByRole('button', { name: say('Send reset link', 'Link zum Zurücksetzen senden') }).click();
      await expect(heading(page, say('Check your email', 'Sehen Sie in Ihr Postfach'))).toBeVisible();
      await page.goto(await mailLink(portal, account.email, 'reset-pwd'));
      await expect(page.getByLabel(say('New password', 'Neues Passwort'), { exact: true })).toBeVisible();
    },
  },
  {
    name: '/auth-redirect with a failed confirmation link',
    show: async (page, { say }) => {
      await page.goto('/auth-redirect?action=email-confirm&status=400&error=This%20link%20is%20invalid%20or%20has%20expired.');
      await expect(heading(page, say('This link did not work', 'Dieser Link hat nicht funktioniert'))).toBeVisible();
      await expect(page.getByRole('button', { name: say('Resend verification email', 'Bestätigungs-E-Mail erneut senden') })).toBeVisible();
    },
  },
  {
    name: '/auth-redirect without a link',
    show: async (page, { say }) => {
      await page.goto('/auth-redirect');
      await expect(heading(page, say('This link did not work', 'Dieser Link hat nicht funktioniert'))).toBeVisible();
    },
  },
  {
    name: '/profile',
    show: async (page, { say, user }) => {
      await openSignedIn(page, '/profile', user);
      await expect(
        page
          .getByRole('region', { name: say('Sessions', 'Sitzungen'), exact: true })
          .getByRole('listitem')
          .first(),
      ).toBeVisible();
    },
  },
  {
    name: '/profile/sessions with two sessions',
    show: async (page, { say, user }) => {
      await openSignedIn(page, '/profile/sessions', user);
      const sessions = page.getByRole('region', { name: say('Sessions', 'Sitzungen'), exact: true });
      await expect(
        sessions.getByRole('button', { name: say('End session Firefox on Linux', 'Sitzung beenden Firefox unter Linux') }),
      ).toBeVisible();
    },
  },
  {
    name: '/profile/security with a pending email change',
    show: async (page, { say, user }) => {
      await openSignedIn(page, '/profile/security', user);
      const email = page.getByRole('region', { name: say('Change email', 'E-Mail-Adresse ändern'), exact: true });
      await email.getByLabel(say('Email', 'E-Mail')).fill(uniqueEmail('axe-moved'));
      await email.getByLabel(say('Current password', 'Aktuelles Passwort')).fill(user.account.password);
      await email.getByRole('button', { name: say('Change email', 'E-Mail-Adresse ändern') }).click();
      await expect(email.getByText(say('Pending', 'Ausstehend'), { exact: true })).toBeVisible();
    },
  },
  {
    name: 'the not-found page',
    show: async (page, { say }) => {
      await page.goto('/no-such-page');
      await expect(heading(page, say('Page not found', 'Seite nicht gefunden'))).toBeVisible();
    },
  },
  {
    name: 'a part that cannot load (auth-mfe stopped)',
    show: async (page, { say }) => {
      const remote = await serveDist('auth-mfe', 9102);
      await remote.close();
      await overrideRemotes(page, { 'auth-mfe': remote.url });
      await page.goto('/login');
      await expect(
        heading(page, say('A part of the portal could not load', 'Ein Teil des Portals konnte nicht geladen werden')),
      ).toBeVisible();
    },
  },
  {
    name: 'the start-up failure (shared-auth stopped)',
    show: async (page, { say }) => {
      const remote = await serveDist('shared-auth', 9104);
      await remote.close();
      await overrideRemotes(page, { 'shared-auth': remote.url });
      await page.goto('/login');
      await expect(heading(page, say('The portal could not load', 'Das Portal konnte nicht geladen werden'))).toBeVisible();
    },
  },
  {
    name: 'the embed demo',
    show: async (page, { say }) => {
      await page.goto('/embed-demo');
      await expect(page.locator('#acme-login').getByRole('button', { name: say('Log in', 'Anmelden'), exact: true })).toBeVisible();
    },
  },
  {
    name: "the embed demo's terms",
    show: async (page, { say }) => {
      await page.goto('/embed-demo/terms');
      await expect(heading(page, say('Acme terms of service (demo)', 'Nutzungsbedingungen von Acme (Demo)'))).toBeVisible();
    },
  },
  {
    name: "the embed demo's privacy policy",
    show: async (page, { say }) => {
      await page.goto('/embed-demo/privacy');
      await expect(heading(page, say('Acme privacy policy (demo)', 'Datenschutzerklärung von Acme (Demo)'))).toBeVisible();
    },
  },
];

/** The kit's test, with the worker's signed-in user. */
export const test = base.extend<object, { user: SignedInUser }>({
  user: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      const portal = connectPortal(workerInfo.project.use.baseURL ?? 'http://localhost:9000');
      const account = await createVerifiedAccount(portal, 'axe-states');
      await signIn(portal, account, { userAgent: FIREFOX_ON_LINUX });
      const here = await signIn(portal, account);
      await use({ account, session: here.localStorage });
    },
    { scope: 'worker' },
  ],
});

/** The state's words in `locale`. */
export const wordsOf =
  (locale: Locale) =>
  (en: string, de: string): string =>
    locale === 'de' ? de : en;

export { expect };
