/**
 * `pnpm bench`: builds, serves on bench ports, measures (size, speed, leaks, server), writes bench/RESULTS.md
 * and prints it. Environment: BENCH_RUNS (cold loads per cell, 15), LOAD_SECONDS (per server row, 20),
 * BENCH_ONLY (comma list of size,speed,leaks,server), BENCH_SKIP_BUILD=1 (reuse the last build).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { freemem, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { APPS, launch, type AppName, type StorageState } from './browser';
import { buildAll, DIRS } from './build';
import { crossTabLogout } from './crossTab';
import { leakRun, type LeakResult } from './leaks';
import { machineInfo } from './machine';
import { leaksSection, serverSection, sizesSection, speedSection, type SpeedRow } from './render';
import { section, table, type Section } from './report';
import { measureServer } from './server';
import { assertPortsFree, BENCH, OUT, PORTS, startAltogic, startStatic, stopAll, type Running } from './servers';
import { measurePage, measureSizes, SIZE_LOADS } from './sizes';
import { coldLoads, routeChange, saveName, THROTTLES, type Samples } from './speed';
import { signedInState, signUp, uniqueEmail } from './users';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
/** Route changes need a sign-in each (scrypt on the server): fewer runs keep the whole bench under 15 minutes. */
const ROUTE_RUNS = Number(process.env.ROUTE_RUNS ?? Math.min(RUNS, 10));
const ONLY = new Set((process.env.BENCH_ONLY ?? 'size,speed,leaks,server').split(','));
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
const log = (line: string) => console.log(`[bench ${elapsed()}] ${line}`);

/** Runs a part; a failure becomes its section's text instead of ending the run. */
async function guarded(title: string, work: () => Promise<Section>): Promise<Section> {
  try {
    return await work();
  } catch (error) {
    console.error(error);
    return section(title, `Failed in this run: ${(error as Error).message}`);
  }
}

async function serveFrontends(dataDir: string): Promise<{ sharedAuth: Running }> {
  const portal = `http://localhost:${PORTS.root}`;
  const monolith = `http://localhost:${PORTS.monolith}`;
  await startAltogic('altogic-frontend', { port: PORTS.api, dataDir, allowedOrigins: [portal, monolith] });
  const sharedAuth = await startStatic('static-shared-auth', DIRS.sharedAuth, PORTS.sharedAuth, { cors: [portal] });
  await startStatic('static-auth-mfe', DIRS.authMfe, PORTS.authMfe, { cors: [portal] });
  await startStatic('static-profile-mfe', DIRS.profileMfe, PORTS.profileMfe, { cors: [portal] });
  await startStatic('static-root-config', DIRS.portal, PORTS.root, { spa: true });
  await startStatic('static-monolith', DIRS.monolith, PORTS.monolith, { spa: true });
  return { sharedAuth };
}

interface Users {
  profile: Record<AppName, string>;
  route: Record<AppName, string>;
  states: Partial<Record<AppName, StorageState>>;
}

async function prepareUsers(browser: Browser): Promise<Users> {
  const api = `http://localhost:${PORTS.api}`;
  const users: Users = { profile: {} as Record<AppName, string>, route: {} as Record<AppName, string>, states: {} };
  for (const app of APPS) {
    users.profile[app] = uniqueEmail(`profile-${app}`);
    users.route[app] = uniqueEmail(`route-${app}`);
    await signUp(api, users.profile[app], `Bench ${app}`);
    await signUp(api, users.route[app], `Route ${app}`);
    const state = await signedInState(browser, app, users.profile[app]);
    if (state) users.states[app] = state;
    log(
      `${app}: ${state ? 'signed-in session stored' : 'could not sign in (screen or shared-auth not ready): signed-in measurements are n/a'}`,
    );
  }
  return users;
}

async function sizes(browser: Browser, users: Users, sharedAuth: Running): Promise<Section> {
  const pages = await measureSizes(browser, users.states);
  log('sizes: shared-auth without its aliases');
  await sharedAuth.stop();
  const unaliasedServer = await startStatic('static-shared-auth-noalias', DIRS.sharedAuthNoAlias, PORTS.sharedAuth, {
    cors: [`http://localhost:${PORTS.root}`],
  });
  let without = null;
  try {
    // /profile: the Altogic client (what the aliases slim) is fetched at the first server call, not on /login.
    const state = users.states.composed;
    without = state ? ((await measurePage(browser, 'composed', '/profile', state)).parts.get('shared-auth') ?? null) : null;
  } finally {
    await unaliasedServer.stop();
    await startStatic('static-shared-auth', DIRS.sharedAuth, PORTS.sharedAuth, { cors: [`http://localhost:${PORTS.root}`] });
  }
  const aliased = pages['/profile']?.composed?.parts.get('shared-auth') ?? null;
  return sizesSection(pages, SIZE_LOADS, { with: aliased, without });
}

/**
 * A measurement that throws, or hangs past `limitMs` (a starved machine can stall a browser call that has no
 * timeout of its own), becomes an n/a cell with the reason, never a failed section or a stuck run.
 */
async function attempt<T extends object>(work: () => Promise<T>, failed: (na: string) => T, limitMs = 120_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const watchdog = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result within ${limitMs / 1000} s`)), limitMs);
  });
  try {
    return await Promise.race([work(), watchdog]);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!.slice(0, 160);
    console.error(error);
    return failed(`n/a (failed: ${message.replaceAll('|', '/')})`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Alternates composed and monolith run by run so drift in the machine hits both alike. A cell whose first run
 * fails is n/a (the screen is not there); a later failure (a timeout under load) is counted and the runs go on.
 */
async function alternate(runs: number, once: (app: AppName) => Promise<Samples>): Promise<Record<AppName, Samples>> {
  const out = { composed: { values: [], failures: [] }, monolith: { values: [], failures: [] } } as unknown as Record<
    AppName,
    Required<Pick<Samples, 'values' | 'failures'>> & Samples
  >;
  for (let i = 0; i < runs; i++) {
    for (const app of APPS) {
      const cell = out[app];
      if (cell.na) continue;
      const s = await attempt(
        () => once(app),
        (na) => ({ values: [], na, failures: [na] }),
      );
      cell.values.push(...s.values);
      if (s.note) cell.note = s.note;
      if (s.na && s.values.length === 0) {
        if (cell.values.length === 0) cell.na = s.na;
        else cell.failures.push(...(s.failures ?? [s.na]));
      }
    }
  }
  for (const app of APPS) for (const failure of out[app].failures) log(`  failed run: ${failure}`);
  return out;
}

async function speed(browser: Browser, users: Users): Promise<Section> {
  const rows: SpeedRow[] = [];
  for (const [path, what] of [
    ['/login', '/login: Email input ready'],
    ['/profile', '/profile: Sessions list shown'],
  ] as const) {
    for (const throttle of THROTTLES) {
      log(`speed: ${what}, CPU ${throttle}x`);
      const signedIn = path === '/profile';
      const result = await alternate(RUNS, (app) => {
        if (signedIn && !users.states[app]) return Promise.resolve({ values: [], na: 'n/a (could not sign in: screen not ready)' });
        return coldLoads(browser, app, path, throttle, 1, signedIn ? users.states[app] : undefined);
      });
      rows.push({ what, throttle, ...result });
    }
  }
  for (const throttle of THROTTLES) {
    log(`speed: Save → header, CPU ${throttle}x`);
    const header: SpeedRow = { what: 'Save → header shows the name', throttle };
    const profile: SpeedRow = { what: 'Save → profile shows the name', throttle };
    const afterAnswer: SpeedRow = { what: 'Save: API answer → header shows the name', throttle };
    for (const app of APPS) {
      const state = users.states[app];
      const r = state
        ? await attempt(
            () => saveName(browser, app, throttle, RUNS, state),
            (na) => ({ header: { values: [], na }, profile: { values: [], na }, afterAnswer: { values: [], na } }),
            300_000,
          )
        : {
            header: { values: [], na: 'n/a (could not sign in)' },
            profile: { values: [], na: 'n/a (could not sign in)' },
            afterAnswer: { values: [], na: 'n/a (could not sign in)' },
          };
      header[app] = r.header;
      profile[app] = r.profile;
      afterAnswer[app] = r.afterAnswer;
    }
    rows.push(header, profile, afterAnswer);
  }
  for (const throttle of THROTTLES) {
    log(`speed: route change after sign-in, CPU ${throttle}x`);
    const route: SpeedRow = { what: 'route change /login → /profile: URL → Sessions list', throttle };
    const total: SpeedRow = { what: 'sign-in click → Sessions list on /profile', throttle };
    const signInTimes: Record<AppName, number[]> = { composed: [], monolith: [] };
    const both = await alternate(ROUTE_RUNS, async (app) => {
      const r = await routeChange(browser, app, throttle, 1, users.route[app]);
      return { ...r.route, values: r.route.values.map((v, i) => (signInTimes[app].push(r.signIn.values[i]!), v)) };
    });
    route.composed = both.composed;
    route.monolith = both.monolith;
    total.composed = { ...both.composed, values: signInTimes.composed };
    total.monolith = { ...both.monolith, values: signInTimes.monolith };
    rows.push(route, total);
  }
  for (const throttle of THROTTLES) {
    log(`speed: logout in one tab → the other tab on /login, CPU ${throttle}x`);
    const both = await alternate(ROUTE_RUNS, (app) => crossTabLogout(browser, app, throttle, users.route[app]));
    rows.push({ what: 'Logout in one tab → the other tab on /login', throttle, ...both });
  }
  return speedSection(rows, RUNS, ROUTE_RUNS);
}

async function leaks(browser: Browser, users: Users): Promise<Section> {
  const results: { app: AppName; mfe: string; result: LeakResult }[] = [];
  for (const app of APPS) {
    log(`leaks: auth-mfe, ${app}`);
    const failed = (na: string): LeakResult => ({ cycles: 0, na });
    results.push({
      app,
      mfe: 'auth-mfe (/login)',
      result: await attempt(() => leakRun(browser, app, '/login', 'loginEmail'), failed, 300_000),
    });
    log(`leaks: profile-mfe, ${app}`);
    const state = users.states[app];
    results.push({
      app,
      mfe: 'profile-mfe (/profile)',
      result: state
        ? await attempt(() => leakRun(browser, app, '/profile', 'sessionsList', state), failed, 300_000)
        : failed('n/a (could not sign in)'),
    });
  }
  return leaksSection(results);
}

async function main(): Promise<void> {
  await assertPortsFree(Object.values(PORTS));
  const loadBefore = loadavg()[0]!;
  const freeBefore = freemem();
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    log('building the portal parts, the monolith and shared-auth without aliases');
    await buildAll();
  }
  const sections: Section[] = [];
  let chromium = 'not launched';
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-frontend-api-'));
  let browser: Browser | null = null;
  try {
    if (['size', 'speed', 'leaks'].some((s) => ONLY.has(s))) {
      log('serving on bench ports 9200-9203 (portal), 9010 (monolith), 4200 (altogic-local)');
      const { sharedAuth } = await serveFrontends(dataDir);
      browser = await launch();
      chromium = browser.version();
      const users = await prepareUsers(browser);
      if (ONLY.has('size')) sections.push(await guarded('Size', () => sizes(browser!, users, sharedAuth)));
      if (ONLY.has('speed')) sections.push(await guarded('Speed', () => speed(browser!, users)));
      if (ONLY.has('leaks')) sections.push(await guarded('Leaks', () => leaks(browser!, users)));
      await browser.close();
      browser = null;
      await stopAll();
    }
    if (ONLY.has('server')) {
      log(`server: altogic-local under load, ${LOAD_SECONDS} s per row`);
      sections.push(await guarded('Server', async () => serverSection(await measureServer(LOAD_SECONDS), LOAD_SECONDS)));
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const duration = `${Math.round((Date.now() - started) / 1000)} s`;
  const machine = table(
    ['', ''],
    [
      ...machineInfo(chromium),
      [
        'run',
        `\`pnpm bench\`: ${RUNS} runs per speed cell (${ROUTE_RUNS} for route changes), ${LOAD_SECONDS} s per server row, ${duration} in all`,
      ],
      ['free memory', `${(freeBefore / 2 ** 30).toFixed(1)} GiB at the start, ${(freemem() / 2 ** 30).toFixed(1)} GiB at the end`],
      [
        'load average (1 min)',
        `${loadBefore.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end (other work on the machine shows here and adds noise)`,
      ],
    ],
  );
  const markdown = [
    '# Benchmark results',
    'Written by `pnpm bench` (see [README.md](README.md) for what each figure means and how it is taken). Nothing here is asserted: these are measurements of one run on the machine below. Every figure is a median (or p90) over several runs.',
    '## Machine',
    machine,
    ...sections.map((s) => `## ${s.title}\n\n${s.body}`),
  ].join('\n\n');
  // a partial run (BENCH_ONLY) never replaces the committed full results
  const target = process.env.BENCH_ONLY ? join(OUT, 'RESULTS.partial.md') : join(BENCH, 'RESULTS.md');
  writeFileSync(target, `${markdown}\n`);
  console.log(`\n${markdown}\n`);
  log(`done: ${target.slice(BENCH.length - 'bench'.length)} written in ${duration}`);
}

main().catch(async (error) => {
  console.error(error);
  await stopAll();
  process.exit(1);
});
