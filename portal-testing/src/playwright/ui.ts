/** Signing in through the portal's own screens, for tests of the sign-in itself (others use `signedInPage`). */
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';

export const FIREFOX_ON_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
export const SAFARI_ON_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** Fills and submits the login form: the page's only one, or the one inside `within` (an embedded login parcel). */
export async function signInWithForm(page: Page, email: string, password: string, within: Page | Locator = page): Promise<void> {
  await within.getByLabel('Email').fill(email);
  await within.getByLabel('Password', { exact: true }).fill(password);
  await within.getByRole('button', { name: 'Log in', exact: true }).click();
}

/** Signs in through the portal's login screen and waits for the profile. */
export async function signInToProfile(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto('/login');
  await signInWithForm(page, account.email, account.password);
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
}

/** Another browser (own storage), optionally with another User-Agent, signed in as the same user through the UI. */
export async function signInElsewhere(
  browser: Browser,
  account: { email: string; password: string },
  userAgent?: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const baseURL = test.info().project.use.baseURL;
  const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), ...(userAgent ? { userAgent } : {}) });
  const page = await context.newPage();
  await signInToProfile(page, account);
  return { context, page };
}
