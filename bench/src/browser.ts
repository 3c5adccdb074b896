/**
 * Chromium through playwright-core (Debian's /usr/bin/chromium): one browser, a fresh context per cold load
 * (empty cache, new connections), CPU throttling through CDP, the probe of marks.ts in every page.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { installProbe } from './marks';
import { PORTS } from './servers';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type AppName = 'composed' | 'monolith';
export const APPS: AppName[] = ['composed', 'monolith'];
export const APP_ORIGIN: Record<AppName, string> = {
  composed: `http://localhost:${PORTS.root}`,
  monolith: `http://localhost:${PORTS.monolith}`,
};

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export interface Tab {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

export async function openTab(browser: Browser, options: { storageState?: StorageState; cpuThrottle?: number } = {}): Promise<Tab> {
  const context = await browser.newContext({
    ...(options.storageState ? { storageState: options.storageState } : {}),
    viewport: { width: 1280, height: 800 },
  });
  // tsx (esbuild keepNames) wraps named functions in __name(): give serialized functions that helper in the page
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (options.cpuThrottle && options.cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
  return { context, page, cdp, close: () => context.close() };
}

/** Waits for a probe mark and returns it (ms since navigation start), or NaN after the timeout. */
export async function waitMark(page: Page, name: string, timeoutMs: number): Promise<number> {
  try {
    const handle = await page.waitForFunction(
      (n) => (window as unknown as { __bench: { marks: Record<string, number> } }).__bench.marks[n],
      name,
      {
        timeout: timeoutMs,
        polling: 50,
      },
    );
    return (await handle.jsonValue()) as number;
  } catch {
    return Number.NaN;
  }
}

export const marks = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() => ({ ...(window as unknown as { __bench: { marks: Record<string, number> } }).__bench.marks }));

/** The app has started: runtime config read, shared-auth configured, header rendered. */
export async function waitBooted(page: Page, timeoutMs = 20_000): Promise<boolean> {
  try {
    await page.waitForFunction(() => (document.getElementById('portal-header')?.childElementCount ?? 0) > 0, undefined, {
      timeout: timeoutMs,
      polling: 50,
    });
    return true;
  } catch {
    return false;
  }
}
