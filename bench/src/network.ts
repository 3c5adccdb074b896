/**
 * Cold loads on emulated networks (CDP Network.emulateNetworkConditions: latency added to every response,
 * download and upload throughput) and CPU throttling, composed portal beside the one-app monolith:
 *   time to ready   navigation start → the page's mark (the Email input usable; the Sessions list shown)
 *   chain depth     the longest run of requests, each started only after an earlier one ended (requests
 *                   started before the page was ready): the round trips a user on a slow network waits for
 *   transferred     bytes on the wire (headers and compressed bodies, CDP encodedDataLength) until the network
 *                   is idle
 *   CLS             cumulative layout shift (Layout Instability API, largest session window) until then
 */
import type { Browser } from 'playwright-core';
import { APP_ORIGIN, openTab, waitMark, type AppName, type StorageState } from './browser';
import { PAGE_MARK } from './sizes';

export interface NetworkProfile {
  name: string;
  /** added to every response, ms (Chromium's request latency: about one round trip) */
  latencyMs: number;
  /** bytes per second; -1: unlimited */
  downBps: number;
  upBps: number;
  cpu: number;
}

const mbit = (n: number) => (n * 1_000_000) / 8;

export const PROFILES: NetworkProfile[] = [
  { name: 'loopback', latencyMs: 0, downBps: -1, upBps: -1, cpu: 1 },
  { name: 'cable (28 ms, 5 Mbit/s)', latencyMs: 28, downBps: mbit(5), upBps: mbit(1), cpu: 1 },
  { name: '4G (150 ms, 1.6 Mbit/s, 4x CPU)', latencyMs: 150, downBps: mbit(1.6), upBps: mbit(0.75), cpu: 4 },
];

export interface Request {
  url: string;
  /** a fetch or XHR (an API call), not a file of the page */
  api?: boolean;
  start: number;
  end: number;
  bytes: number;
}

/** One load's figures; `chain` is the URLs of the longest chain, first to last. */
export interface NetworkLoad {
  ready: number;
  depth: number;
  /** the same, counting the page's own files only (HTML, scripts, styles, catalogs: not API calls) */
  fileDepth: number;
  chain: string[];
  bytes: number;
  requests: number;
  cls: number;
  /** the layout shifts: time, value, elements moved */
  shifts: string[];
}

/**
 * The longest chain of requests where each starts after the previous one ended (a wave of round trips). Pure:
 * `requests` in any order, times in one clock.
 */
export function chainOf(requests: Request[]): Request[] {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const best: { depth: number; prev: number }[] = [];
  sorted.forEach((r, i) => {
    let depth = 1;
    let prev = -1;
    for (let j = 0; j < i; j++) {
      if (sorted[j]!.end <= r.start && best[j]!.depth + 1 > depth) {
        depth = best[j]!.depth + 1;
        prev = j;
      }
    }
    best.push({ depth, prev });
  });
  let last = best.reduce((top, b, i) => (top < 0 || b.depth > best[top]!.depth ? i : top), -1);
  const chain: Request[] = [];
  while (last >= 0) {
    chain.unshift(sorted[last]!);
    last = best[last]!.prev;
  }
  return chain;
}

export async function networkLoad(
  browser: Browser,
  app: AppName,
  path: string,
  profile: NetworkProfile,
  storageState?: StorageState,
): Promise<NetworkLoad | string> {
  const tab = await openTab(browser, { cpuThrottle: profile.cpu, ...(storageState ? { storageState } : {}) });
  try {
    const { cdp, page } = tab;
    const requests = new Map<string, Request>();
    // what a page that never gets ready said: its errors and the requests that failed or never finished
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
    page.on('console', (message) => void (message.type() === 'error' && problems.push(`console: ${message.text()}`)));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!e.request.url.startsWith('http')) return;
      requests.set(e.requestId, {
        url: e.request.url,
        api: e.type === 'Fetch' || e.type === 'XHR' || e.type === 'Preflight',
        start: e.timestamp * 1000,
        end: Number.POSITIVE_INFINITY,
        bytes: 0,
      });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { end: e.timestamp * 1000, bytes: e.encodedDataLength });
    });
    cdp.on('Network.loadingFailed', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.end = e.timestamp * 1000;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: profile.downBps,
      uploadThroughput: profile.upBps,
    });
    await page.goto(`${APP_ORIGIN[app]}${path}`, { waitUntil: 'commit' });
    const ready = await waitMark(page, PAGE_MARK[path]!, 60_000);
    if (!Number.isFinite(ready)) {
      const shown = await page.evaluate(() => document.body?.innerText.replace(/\s+/g, ' ').slice(0, 160) ?? '').catch(() => '');
      const pending = [...requests.values()].filter((r) => r.end === Number.POSITIVE_INFINITY).map((r) => `pending: ${r.url}`);
      return `${app} ${path} on ${profile.name}: not ready within 60 s; the page showed: ${shown} [${[...problems, ...pending].join('; ')}]`;
    }
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    const { cls, shifts } = await page.evaluate(() => {
      const bench = (window as unknown as { __bench: { cls(): number; shifts(): string[] } }).__bench;
      return { cls: bench.cls(), shifts: bench.shifts() };
    });
    const all = [...requests.values()];
    // the document's request starts at navigation start, the origin of the page's clock (performance.now)
    const origin = Math.min(...all.map((r) => r.start));
    const beforeReady = all.filter((r) => r.start - origin <= ready);
    const chain = chainOf(beforeReady);
    const files = beforeReady.filter((r) => !r.api);
    return {
      ready,
      depth: chain.length,
      fileDepth: chainOf(files).length,
      chain: chain.map((r) => r.url),
      bytes: all.reduce((sum, r) => sum + r.bytes, 0),
      requests: beforeReady.length,
      cls,
      shifts,
    };
  } finally {
    await tab.close();
  }
}
