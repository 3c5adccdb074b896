/**
 * Size: what a cold load of /login and /profile transfers in Chromium, JS and CSS, with gzip (level 6) and
 * brotli (quality 11) of every response body computed here (the static server sends them uncompressed),
 * per part (by origin) and per page, composed vs monolith. Medians of SIZE_LOADS loads.
 */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { APP_ORIGIN, APPS, openTab, waitBooted, waitMark, type AppName, type StorageState } from './browser';
import { PORTS } from './servers';
import { median } from './stats';

export const SIZE_LOADS = 3;

export interface Transfer {
  url: string;
  part: string;
  kind: 'js' | 'css' | 'other';
  raw: number;
  transferred: number;
  gzip: number;
  brotli: number;
}

const PART_BY_PORT: Record<string, string> = {
  [PORTS.root]: 'root-config',
  [PORTS.authMfe]: 'auth-mfe',
  [PORTS.profileMfe]: 'profile-mfe',
  [PORTS.sharedAuth]: 'shared-auth',
  [PORTS.monolith]: 'monolith',
  [PORTS.api]: 'API (altogic-local)',
};

function kindOf(response: Response): Transfer['kind'] {
  const type = response.headers()['content-type'] ?? '';
  if (type.includes('javascript')) return 'js';
  if (type.includes('text/css')) return 'css';
  return 'other';
}

export const PAGE_MARK: Record<string, string> = { '/login': 'loginEmail', '/profile': 'sessionsList' };

/** One cold load; resolves once the page's mark is there (or the app booted) and the network is idle. */
export async function coldTransfers(
  browser: Browser,
  app: AppName,
  path: string,
  storageState?: StorageState,
): Promise<{ transfers: Transfer[]; ready: boolean }> {
  const tab = await openTab(browser, storageState ? { storageState } : {});
  const pending: Promise<Transfer | null>[] = [];
  tab.page.on('response', (response) => {
    pending.push(
      (async () => {
        const url = new URL(response.url());
        if (!url.protocol.startsWith('http')) return null;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const sizes = await response
          .request()
          .sizes()
          .catch(() => ({ responseBodySize: body.length, responseHeadersSize: 0 }));
        return {
          url: url.href,
          part: PART_BY_PORT[url.port] ?? url.host,
          kind: kindOf(response),
          raw: body.length,
          transferred: sizes.responseBodySize + sizes.responseHeadersSize,
          gzip: body.length ? gzipSync(body, { level: 6 }).length : 0,
          brotli: body.length ? brotliCompressSync(body).length : 0,
        };
      })(),
    );
  });
  try {
    await tab.page.goto(`${APP_ORIGIN[app]}${path}`);
    await waitBooted(tab.page);
    const ready = Number.isFinite(await waitMark(tab.page, PAGE_MARK[path]!, 10_000));
    await tab.page.waitForLoadState('networkidle').catch(() => undefined);
    const transfers = (await Promise.all(pending)).filter((t): t is Transfer => t !== null);
    return { transfers, ready };
  } finally {
    await tab.close();
  }
}

export interface Totals {
  jsRaw: number;
  jsTransferred: number;
  jsGzip: number;
  jsBrotli: number;
  cssRaw: number;
  cssGzip: number;
  cssBrotli: number;
  jsRequests: number;
  cssRequests: number;
  requests: number;
}

export function totals(transfers: Transfer[]): Totals {
  const sum = (kind: Transfer['kind'], key: 'raw' | 'transferred' | 'gzip' | 'brotli') =>
    transfers.filter((t) => t.kind === kind).reduce((s, t) => s + t[key], 0);
  return {
    jsRaw: sum('js', 'raw'),
    jsTransferred: sum('js', 'transferred'),
    jsGzip: sum('js', 'gzip'),
    jsBrotli: sum('js', 'brotli'),
    cssRaw: sum('css', 'raw'),
    cssGzip: sum('css', 'gzip'),
    cssBrotli: sum('css', 'brotli'),
    jsRequests: transfers.filter((t) => t.kind === 'js').length,
    cssRequests: transfers.filter((t) => t.kind === 'css').length,
    requests: transfers.length,
  };
}

/** Field-wise median of several loads' totals. */
export function medianTotals(list: Totals[]): Totals {
  const keys = Object.keys(list[0]!) as (keyof Totals)[];
  return Object.fromEntries(keys.map((k) => [k, median(list.map((t) => t[k]))])) as unknown as Totals;
}

export interface PageSizes {
  ready: boolean;
  page: Totals;
  parts: Map<string, Totals>;
  /** The last load's files, for the appendix. */
  files: Transfer[];
}

export async function measurePage(
  browser: Browser,
  app: AppName,
  path: string,
  storageState?: StorageState,
  loads = SIZE_LOADS,
): Promise<PageSizes> {
  const runs: { transfers: Transfer[]; ready: boolean }[] = [];
  for (let i = 0; i < loads; i++) runs.push(await coldTransfers(browser, app, path, storageState));
  const partNames = [...new Set(runs.flatMap((r) => r.transfers.map((t) => t.part)))].sort();
  const parts = new Map(partNames.map((name) => [name, medianTotals(runs.map((r) => totals(r.transfers.filter((t) => t.part === name))))]));
  return {
    ready: runs.every((r) => r.ready),
    page: medianTotals(runs.map((r) => totals(r.transfers))),
    parts,
    files: runs.at(-1)!.transfers,
  };
}

export interface SizeResults {
  pages: Record<string, Partial<Record<AppName, PageSizes>>>;
  sharedAuthAliased: Totals | null;
  sharedAuthUnaliased: Totals | null;
}

export async function measureSizes(browser: Browser, states: Partial<Record<AppName, StorageState>>): Promise<SizeResults['pages']> {
  const pages: SizeResults['pages'] = { '/login': {}, '/profile': {} };
  for (const app of APPS) {
    pages['/login']![app] = await measurePage(browser, app, '/login');
    const state = states[app];
    if (state) pages['/profile']![app] = await measurePage(browser, app, '/profile', state);
  }
  return pages;
}
