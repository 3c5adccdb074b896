/**
 * Speed in Chromium on a page already there (cold loads are network.ts's), production builds, without
 * throttling and with 4x CPU throttling (CDP Emulation.setCPUThrottlingRate):
 *   save      click on Save of a new name → the header shows it (and → the profile shows it)
 *   route     sign-in on /login: URL becomes /profile → sessions list shown (and sign-in click → sessions list)
 */
import type { Browser } from 'playwright-core';
import { APP_ORIGIN, marks, openTab, waitBooted, waitMark, type AppName, type StorageState } from './browser';
import { signInInPage, signOutInPage, type SignInWay } from './users';

export const THROTTLES = [1, 4] as const;
export type Throttle = (typeof THROTTLES)[number];

/** Samples of one measurement; `na` says why there are none. */
export interface Samples {
  values: number[];
  na?: string;
  note?: string;
  /** runs that did not finish after at least one did (timeouts under load), with what the page showed */
  failures?: string[];
}

const NOT_READY = 'n/a (screen not ready)';

/** Save of a new name → header (and profile) showing it, on one signed-in /profile page. */
export async function saveName(
  browser: Browser,
  app: AppName,
  throttle: Throttle,
  n: number,
  storageState: StorageState,
): Promise<{ header: Samples; profile: Samples; afterAnswer: Samples }> {
  const header: number[] = [];
  const profile: number[] = [];
  const afterAnswer: number[] = [];
  const tab = await openTab(browser, { cpuThrottle: throttle, storageState });
  const page = tab.page;
  try {
    await page.goto(`${APP_ORIGIN[app]}/profile`);
    if (!Number.isFinite(await waitMark(page, 'sessionsList', 20_000)))
      return { header: { values: [], na: NOT_READY }, profile: { values: [], na: NOT_READY }, afterAnswer: { values: [], na: NOT_READY } };
    for (let i = 0; i < n; i++) {
      const name = `Bench ${app} ${throttle}x ${i} ${Date.now().toString(36)}`;
      try {
        await page.getByRole('button', { name: 'Change name', exact: true }).click({ timeout: 5000 });
        await page.getByLabel('Name', { exact: true }).fill(name, { timeout: 5000 });
      } catch {
        return {
          header: { values: header, na: NOT_READY },
          profile: { values: profile, na: NOT_READY },
          afterAnswer: { values: afterAnswer, na: NOT_READY },
        };
      }
      await page.evaluate(
        (want) =>
          (window as unknown as { __bench: { reset(n: string[], w: string): void } }).__bench.reset(
            ['click:Save', 'headerName', 'profileName'],
            want,
          ),
        name,
      );
      // the Save of the form that holds the Name input
      await page
        .getByLabel('Name', { exact: true })
        .locator('xpath=ancestor::form[1]')
        .getByRole('button', { name: 'Save', exact: true })
        .click();
      const shownInHeader = await waitMark(page, 'headerName', 15_000);
      const shownInProfile = await waitMark(page, 'profileName', 5_000);
      const clicked = (await marks(page))['click:Save']!;
      if (Number.isFinite(shownInHeader)) {
        header.push(shownInHeader - clicked);
        // the last API answer before the header changed (resource timing): what is left is the client's own work
        const answered = await page.evaluate(
          ([from, to]) =>
            Math.max(
              ...performance
                .getEntriesByType('resource')
                .filter(
                  (e) =>
                    ['fetch', 'xmlhttprequest'].includes((e as PerformanceResourceTiming).initiatorType) &&
                    e.startTime >= from! &&
                    (e as PerformanceResourceTiming).responseEnd <= to!,
                )
                .map((e) => (e as PerformanceResourceTiming).responseEnd),
            ),
          [clicked, shownInHeader],
        );
        if (Number.isFinite(answered)) afterAnswer.push(shownInHeader - answered);
      }
      if (Number.isFinite(shownInProfile)) profile.push(shownInProfile - clicked);
    }
  } finally {
    await tab.close();
  }
  return {
    header: header.length ? { values: header } : { values: [], na: 'n/a (header never showed the name)' },
    profile: profile.length ? { values: profile } : { values: [], na: 'n/a (profile never showed the name)' },
    afterAnswer: afterAnswer.length ? { values: afterAnswer } : { values: [], na: 'n/a (no API answer seen)' },
  };
}

/** Signed-out /login → sign in → the guard's route change to /profile → sessions list. */
export async function routeChange(
  browser: Browser,
  app: AppName,
  throttle: Throttle,
  n: number,
  email: string,
): Promise<{ route: Samples; signIn: Samples }> {
  const route: number[] = [];
  const total: number[] = [];
  let way: SignInWay | null = null;
  let failure = '';
  for (let i = 0; i < n; i++) {
    const tab = await openTab(browser, { cpuThrottle: throttle });
    try {
      await tab.page.goto(`${APP_ORIGIN[app]}/login`);
      if (!(await waitBooted(tab.page))) {
        failure = `${app} route ${throttle}x: the app did not start within 20 s`;
        break;
      }
      way = await signInInPage(tab.page, email);
      if (!way) {
        failure = `${app} route ${throttle}x: could not sign in`;
        break;
      }
      const shown = await waitMark(tab.page, 'sessionsList', 30_000);
      if (!Number.isFinite(shown)) {
        const text = await tab.page.evaluate(() => document.body?.innerText.replace(/\s+/g, ' ').slice(0, 200) ?? '').catch(() => '');
        failure = `${app} route ${throttle}x: no Sessions list within 30 s at ${new URL(tab.page.url()).pathname}; the page showed: ${text}`;
        break;
      }
      const m = await marks(tab.page);
      route.push(shown - m['profilePath']!);
      total.push(shown - (m['click:Login'] ?? m['signInStart']!));
      await signOutInPage(tab.page);
    } finally {
      await tab.close();
    }
  }
  if (route.length === 0) {
    const failures = failure ? [failure] : [];
    return { route: { values: [], na: NOT_READY, failures }, signIn: { values: [], na: NOT_READY, failures } };
  }
  const note = way === 'api' ? "signed in through shared-auth's signIn (the login form was not ready)" : 'signed in through the login form';
  return { route: { values: route, note }, signIn: { values: total, note } };
}
