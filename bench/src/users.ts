/**
 * Test users: created through the REST API (email verification is off), signed in through the page itself
 * (the login form when it is there, else shared-auth's signIn), so the stored session is the app's own.
 */
import type { Browser, Page } from 'playwright-core';
import { CLIENT_KEY } from './build';
import { APP_ORIGIN, openTab, waitBooted, waitMark, type AppName, type StorageState } from './browser';

export const PASSWORD = 'bench-Pa55word-long-enough';
export const HEADERS = { 'X-Client': 'altogic-js', 'X-Client-Key': CLIENT_KEY, 'Content-Type': 'application/json' };

export async function signUp(apiUrl: string, email: string, name: string): Promise<{ token: string | null }> {
  const response = await fetch(`${apiUrl}/_api/rest/v1/auth/signup-email`, {
    method: 'POST',
    headers: HEADERS,
    body: JSON.stringify({ email, password: PASSWORD, nameOrUserData: name }),
  });
  const body = (await response.json()) as { session?: { token: string } | null; errors?: unknown };
  if (!response.ok) throw new Error(`sign-up of ${email} answered ${response.status}: ${JSON.stringify(body)}`);
  return { token: body.session?.token ?? null };
}

export const uniqueEmail = (label: string) => `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@bench.test`;

/** How the page signs in: 'form' (the login screen) or 'api' (shared-auth's signIn in the page; the screen is not ready). */
export type SignInWay = 'form' | 'api';

export async function signInInPage(page: Page, email: string): Promise<SignInWay | null> {
  const emailReady = await waitMark(page, 'loginEmail', 15_000);
  if (Number.isFinite(emailReady)) {
    try {
      await page.getByLabel('Email', { exact: true }).fill(email);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Log in', exact: true }).last().click({ timeout: 3000 });
      return 'form';
    } catch {
      // the form is not complete yet: fall back to the API
    }
  }
  const ok = await page.evaluate(
    async ([e, p]) => {
      const auth = (globalThis as unknown as Record<symbol, { signIn(e: string, p: string): Promise<{ ok: boolean }> } | undefined>)[
        Symbol.for('shared-auth')
      ];
      if (!auth) return false;
      (window as unknown as { __bench: { marks: Record<string, number> } }).__bench.marks['signInStart'] = performance.now();
      return (await auth.signIn(e!, p!)).ok;
    },
    [email, PASSWORD],
  );
  return ok ? 'api' : null;
}

/** Signs a user in on the app's /login and returns the storage state (null when sign-in is not possible yet). */
export async function signedInState(browser: Browser, app: AppName, email: string): Promise<StorageState | null> {
  const tab = await openTab(browser);
  try {
    await tab.page.goto(`${APP_ORIGIN[app]}/login`);
    if (!(await waitBooted(tab.page))) return null;
    if (!(await signInInPage(tab.page, email))) return null;
    await tab.page.waitForURL('**/profile', { timeout: 15_000 }).catch(() => undefined);
    const state = await tab.context.storageState();
    const stored = state.origins.some((o) => o.localStorage.some((item) => item.value.includes('"token"')));
    return stored ? state : null;
  } finally {
    await tab.close();
  }
}

export async function signOutInPage(page: Page): Promise<void> {
  await page
    .evaluate(async () => {
      const auth = (globalThis as unknown as Record<symbol, { signOut(): Promise<unknown> } | undefined>)[Symbol.for('shared-auth')];
      await auth?.signOut();
    })
    .catch(() => undefined);
}
