/**
 * Cross-tab logout: two tabs of one browser signed in on /profile; the header's Logout clicked in the first →
 * the second tab's URL is /login (shared-auth's cross-tab event bus, then the route guard). Both marks are taken
 * in page time (performance.now()) and put on one clock through each page's performance.timeOrigin.
 */
import type { Browser, Page } from 'playwright-core';
import { APP_ORIGIN, marks, openTab, waitBooted, waitMark, type AppName } from './browser';
import type { Samples } from './speed';
import { signInInPage } from './users';

const absolute = (page: Page, mark: number) => page.evaluate((m) => performance.timeOrigin + m, mark);

export async function crossTabLogout(browser: Browser, app: AppName, throttle: number, email: string): Promise<Samples> {
  const tab = await openTab(browser, { cpuThrottle: throttle });
  const failed = (why: string): Samples => ({
    values: [],
    na: 'n/a (screen not ready)',
    failures: [`${app} cross-tab ${throttle}x: ${why}`],
  });
  try {
    await tab.page.goto(`${APP_ORIGIN[app]}/login`);
    if (!(await waitBooted(tab.page))) return failed('the app did not start within 20 s');
    if (!(await signInInPage(tab.page, email))) return failed('could not sign in');
    if (!Number.isFinite(await waitMark(tab.page, 'sessionsList', 30_000))) return failed('no Sessions list in the first tab');

    const other = await tab.context.newPage();
    if (throttle > 1) {
      const cdp = await tab.context.newCDPSession(other);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await other.goto(`${APP_ORIGIN[app]}/profile`);
    if (!Number.isFinite(await waitMark(other, 'sessionsList', 30_000))) return failed('no Sessions list in the second tab');

    await tab.page.bringToFront();
    await tab.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Log out' }).click();
    const arrived = await waitMark(other, 'loginPath', 15_000);
    if (!Number.isFinite(arrived)) return failed('the second tab never reached /login');
    const clicked = (await marks(tab.page))['click:Logout'];
    if (clicked === undefined) return failed('the Logout click was not recorded');
    return { values: [(await absolute(other, arrived)) - (await absolute(tab.page, clicked))] };
  } finally {
    await tab.close();
  }
}
