/**
 * Leaks: mount/unmount each micro-frontend by soft navigation (its path ↔ /bench-elsewhere, a not-found page,
 * through single-spa in the portal and the router in the monolith), then measure after a forced GC the JS heap
 * (Runtime.getHeapUsage) and the DOM counters (Memory.getDOMCounters) after 10 and after 200 cycles.
 */
import type { Browser, Page } from 'playwright-core';
import { APP_ORIGIN, openTab, waitBooted, type AppName, type StorageState, type Tab } from './browser';
import { median } from './stats';

export interface Memory {
  heapUsed: number;
  /**
   * JS objects: a heap snapshot's self sizes without V8's compiled code (grows as functions get optimized) and
   * without browser-native entries (DevTools' network buffer, performance timeline entries: they grow with any page)
   */
  objects: number;
  nodes: number;
  listeners: number;
}

export interface LeakResult {
  after10?: Memory;
  after100?: Memory;
  after200?: Memory;
  cycles: number;
  msPerCycle?: number;
  na?: string;
}

const REGION: Record<string, string> = { '/login': 'portal-region-auth', '/profile': 'portal-region-profile' };

/** A heap snapshot (it collects garbage first), summed by self size without the 'code' and 'native' nodes. */
async function objectBytes(tab: Tab): Promise<number> {
  let data = '';
  const onChunk = (event: { chunk: string }) => void (data += event.chunk);
  tab.cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await tab.cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  tab.cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(data) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snapshot.snapshot.meta.node_fields;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const types = snapshot.snapshot.meta.node_types[0];
  const skip = new Set([types.indexOf('code'), types.indexOf('native')]);
  let total = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length)
    if (!skip.has(snapshot.nodes[i + typeAt]!)) total += snapshot.nodes[i + sizeAt]!;
  return total;
}

export async function memory(tab: Tab): Promise<Memory> {
  const samples: Omit<Memory, 'objects'>[] = [];
  for (let i = 0; i < 3; i++) {
    await tab.cdp.send('HeapProfiler.collectGarbage');
    await tab.cdp.send('HeapProfiler.collectGarbage');
    const heap = await tab.cdp.send('Runtime.getHeapUsage');
    const dom = await tab.cdp.send('Memory.getDOMCounters');
    samples.push({ heapUsed: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners });
  }
  return {
    heapUsed: median(samples.map((s) => s.heapUsed)),
    objects: await objectBytes(tab),
    nodes: median(samples.map((s) => s.nodes)),
    listeners: median(samples.map((s) => s.listeners)),
  };
}

/** Runs `count` unmount/mount cycles inside the page; each waits for the region to empty, then for the screen's mark. */
export function cycle(page: Page, app: AppName, path: string, count: number, mark: string | null): Promise<boolean> {
  return page.evaluate(
    async ([p, region, n, m, popstate]) => {
      const bench = (window as unknown as { __bench: { marks: Record<string, number>; reset(n: string[]): void } }).__bench;
      const el = document.getElementById(region as string)!;
      const until = (ok: () => boolean) =>
        new Promise<boolean>((resolve) => {
          const deadline = performance.now() + 10_000;
          const tick = () => (ok() ? resolve(true) : performance.now() > deadline ? resolve(false) : setTimeout(tick, 5));
          tick();
        });
      const go = (to: string) => {
        history.pushState(null, '', to);
        // single-spa's patched pushState dispatches popstate itself; the monolith's router listens for it
        if (popstate) dispatchEvent(new PopStateEvent('popstate', { state: null }));
      };
      for (let i = 0; i < (n as number); i++) {
        go('/bench-elsewhere');
        if (!(await until(() => el.childElementCount === 0))) return false;
        if (m) bench.reset([m as string]);
        go(p as string);
        if (!(await until(() => (m ? bench.marks[m as string] !== undefined : el.childElementCount > 0)))) return false;
      }
      return true;
    },
    [path, REGION[path]!, count, mark, app === 'monolith'] as const,
  );
}

export async function leakRun(
  browser: Browser,
  app: AppName,
  path: string,
  mark: string | null,
  storageState?: StorageState,
): Promise<LeakResult> {
  const tab = await openTab(browser, storageState ? { storageState } : {});
  try {
    await tab.page.goto(`${APP_ORIGIN[app]}${path}`);
    if (!(await waitBooted(tab.page))) return { cycles: 0, na: 'n/a (app did not start)' };
    if (!(await cycle(tab.page, app, path, 10, mark))) return { cycles: 0, na: 'n/a (the screen did not mount and unmount)' };
    await tab.page.waitForLoadState('networkidle').catch(() => undefined);
    const after10 = await memory(tab);
    const started = Date.now();
    if (!(await cycle(tab.page, app, path, 90, mark))) return { after10, cycles: 10, na: 'n/a (stopped before 100 cycles)' };
    await tab.page.waitForLoadState('networkidle').catch(() => undefined);
    const after100 = await memory(tab);
    if (!(await cycle(tab.page, app, path, 100, mark))) return { after10, after100, cycles: 100, na: 'n/a (stopped before 200 cycles)' };
    const msPerCycle = (Date.now() - started) / 190;
    await tab.page.waitForLoadState('networkidle').catch(() => undefined);
    return { after10, after100, after200: await memory(tab), cycles: 200, msPerCycle };
  } finally {
    await tab.close();
  }
}
