/** Turns the measurements into the tables of RESULTS.md. */
import type { AppName } from './browser';
import type { LeakResult } from './leaks';
import { budget, kB, ms, ratio, section, table, type Cell, type Section } from './report';
import { GET_USER, type DatabaseRun } from './server';
import type { PageSizes, Totals, Transfer } from './sizes';
import type { Samples } from './speed';
import { median, p90 } from './stats';

export const LOGIN_JS_BUDGET = 50_000;
export const MFE_JS_BUDGET = 15_000;

type Pages = Record<string, Partial<Record<AppName, PageSizes>>>;

const sizeCells = (t: Totals): Cell[] => [
  t.jsRequests,
  kB(t.jsRaw),
  kB(t.jsGzip),
  kB(t.jsBrotli),
  t.cssRequests,
  kB(t.cssGzip),
  kB(t.cssBrotli),
  t.requests,
];

export function sizesSection(pages: Pages, loads: number, alias: { with: Totals | null; without: Totals | null }): Section {
  const rows: Cell[][] = [];
  for (const [path, apps] of Object.entries(pages)) {
    const c = apps.composed;
    const m = apps.monolith;
    if (c) rows.push([path, 'composed', ...sizeCells(c.page)]);
    if (m) rows.push([path, 'monolith', ...sizeCells(m.page)]);
    if (c && m)
      rows.push([
        path,
        '**ratio**',
        '',
        ratio(c.page.jsRaw, m.page.jsRaw),
        ratio(c.page.jsGzip, m.page.jsGzip),
        ratio(c.page.jsBrotli, m.page.jsBrotli),
        '',
        ratio(c.page.cssGzip, m.page.cssGzip),
        ratio(c.page.cssBrotli, m.page.cssBrotli),
        '',
      ]);
    if (!c && !m) rows.push([path, 'n/a (no signed-in session: sign-in not ready)', '', '', '', '', '', '', '', '']);
  }
  const perPage = table(
    ['page', 'app', 'JS requests', 'JS bytes', 'JS gzip', 'JS brotli', 'CSS requests', 'CSS gzip', 'CSS brotli', 'all requests'],
    rows,
  );

  const partRows: Cell[][] = [];
  for (const [path, apps] of Object.entries(pages)) {
    for (const app of ['composed', 'monolith'] as const) {
      const sizes = apps[app];
      if (!sizes) continue;
      for (const [part, t] of sizes.parts)
        partRows.push([
          path,
          app,
          part,
          t.jsRequests,
          kB(t.jsGzip),
          kB(t.jsBrotli),
          t.cssRequests,
          kB(t.cssGzip),
          t.requests - t.jsRequests - t.cssRequests,
        ]);
    }
  }
  const perPart = table(
    ['page', 'app', 'part (origin)', 'JS requests', 'JS gzip', 'JS brotli', 'CSS requests', 'CSS gzip', 'other requests'],
    partRows,
  );

  const login = pages['/login']?.composed;
  const loginMono = pages['/login']?.monolith;
  const profile = pages['/profile']?.composed;
  const authOwn = login?.parts.get('auth-mfe')?.jsGzip ?? Number.NaN;
  const profileOwn = profile?.parts.get('profile-mfe')?.jsGzip ?? Number.NaN;
  const budgets = table(
    ['budget', 'measured (gzip)', 'limit'],
    [
      ['/login, all JS, composed portal', kB(login?.page.jsGzip ?? Number.NaN), budget(login?.page.jsGzip ?? Number.NaN, LOGIN_JS_BUDGET)],
      [
        '/login, all JS, monolith (reference)',
        kB(loginMono?.page.jsGzip ?? Number.NaN),
        budget(loginMono?.page.jsGzip ?? Number.NaN, LOGIN_JS_BUDGET),
      ],
      ["auth-mfe's own JS (its origin, on /login)", kB(authOwn), budget(authOwn, MFE_JS_BUDGET)],
      [
        "profile-mfe's own JS (its origin, on /profile)",
        profile ? kB(profileOwn) : 'n/a (no signed-in session)',
        profile ? budget(profileOwn, MFE_JS_BUDGET) : 'n/a',
      ],
    ],
  );

  const aliasRows: Cell[][] = [];
  if (alias.with)
    aliasRows.push([
      'with the aliases (as built)',
      kB(alias.with.jsRaw),
      kB(alias.with.jsGzip),
      kB(alias.with.jsBrotli),
      alias.with.jsRequests,
    ]);
  if (alias.without)
    aliasRows.push([
      'without (socket.io-client, cross-fetch bundled)',
      kB(alias.without.jsRaw),
      kB(alias.without.jsGzip),
      kB(alias.without.jsBrotli),
      alias.without.jsRequests,
    ]);
  if (alias.with && alias.without)
    aliasRows.push([
      'the aliases save',
      kB(alias.without.jsRaw - alias.with.jsRaw),
      kB(alias.without.jsGzip - alias.with.jsGzip),
      kB(alias.without.jsBrotli - alias.with.jsBrotli),
      '',
    ]);
  const aliasTable = aliasRows.length
    ? table(['shared-auth as loaded on /login', 'JS bytes', 'JS gzip', 'JS brotli', 'JS requests'], aliasRows)
    : 'n/a';

  const cited = table(
    ['login screen', 'JS gzip', 'source'],
    [
      ['**this portal, composed** (/login)', `**${kB(login?.page.jsGzip ?? Number.NaN)}**`, 'measured here'],
      ['**this portal, monolith baseline** (/login)', `**${kB(loginMono?.page.jsGzip ?? Number.NaN)}**`, 'measured here'],
      ['a bare Solid form', '5 kB', 'DEVELOPERS.md, measured elsewhere'],
      ['Firebase modular auth', '35.6 kB', 'DEVELOPERS.md, measured elsewhere'],
      ["the tutorial's app as one SPA", '41 kB', 'DEVELOPERS.md, measured elsewhere'],
      ['Supabase Auth UI', '86 kB', 'DEVELOPERS.md, measured elsewhere'],
      ['FirebaseUI', '116 kB', 'DEVELOPERS.md, measured elsewhere'],
      ['Clerk', '872 kB', 'DEVELOPERS.md, measured elsewhere'],
    ],
  );

  const files = (list: Transfer[]) =>
    table(
      ['file', 'part', 'bytes', 'gzip', 'brotli'],
      list.filter((t) => t.kind !== 'other').map((t) => [new URL(t.url).pathname, t.part, kB(t.raw), kB(t.gzip), kB(t.brotli)]),
    );
  const appendix = ['/login', '/profile']
    .flatMap((path) => (['composed', 'monolith'] as const).map((app) => [path, app, pages[path]?.[app]] as const))
    .filter(([, , s]) => s)
    .map(([path, app, s]) => `<details><summary>${path}, ${app}: every JS and CSS file</summary>\n\n${files(s!.files)}\n\n</details>`)
    .join('\n\n');
  const notReady = Object.entries(pages).flatMap(([path, apps]) =>
    Object.entries(apps)
      .filter(([, s]) => s && !s.ready)
      .map(([app]) => `${path} (${app})`),
  );

  return section(
    'Size',
    `Cold loads in Chromium (fresh context: empty cache), medians of ${loads} loads per page. Bytes are the response bodies as served (the static server does not compress); gzip (level 6) and brotli (quality 11) are computed here from each body. Parts are told apart by origin; solid-js comes once from root-config (federation shared singleton) and shared-auth once from its own origin.` +
      (notReady.length
        ? ` Not ready when measured (the screen's element never showed; the page's files were still counted): ${notReady.join(', ')}.`
        : ''),
    '### Per page\n\n' + perPage,
    '### Per part\n\n' + perPart,
    '### Budgets\n\n' + budgets,
    '### shared-auth with and without its socket.io-client / cross-fetch aliases\n\n' +
      'shared-auth built once more by `bench/config/shared-auth-noalias.vite.config.ts` (its own config minus `resolve.alias`), served in place of the real build for 3 more cold loads of /profile (signed in: the Altogic client, which the aliases slim, is fetched at the first server call, so /login carries none of it).\n\n' +
      aliasTable,
    '### Against prebuilt auth UIs\n\n' + cited,
    appendix,
  );
}

const cellOf = (s: Samples | undefined, f: (v: number[]) => number) => {
  if (!s) return 'n/a';
  if (s.values.length === 0) return s.na ?? 'n/a';
  const failed = s.failures?.length ? ` (${s.failures.length} of ${s.values.length + s.failures.length} runs timed out)` : '';
  return `${ms(f(s.values))}${failed}`;
};

export interface SpeedRow {
  what: string;
  throttle: number;
  composed?: Samples;
  monolith?: Samples;
}

export function speedSection(rows: SpeedRow[], n: number, routeRuns: number): Section {
  const body = table(
    ['measurement', 'CPU', 'composed median', 'composed p90', 'monolith median', 'monolith p90', 'ratio (medians)'],
    rows.map((r) => [
      r.what,
      r.throttle === 1 ? 'no throttling' : `${r.throttle}x slower`,
      cellOf(r.composed, median),
      cellOf(r.composed, p90),
      cellOf(r.monolith, median),
      cellOf(r.monolith, p90),
      r.composed?.values.length && r.monolith?.values.length ? ratio(median(r.composed.values), median(r.monolith.values)) : 'n/a',
    ]),
  );
  const notes = [...new Set(rows.flatMap((r) => [r.composed?.note, r.monolith?.note]).filter(Boolean))];
  const failures = rows.flatMap((r) => [...(r.composed?.failures ?? []), ...(r.monolith?.failures ?? [])]);
  return section(
    'Speed',
    `Chromium headless, production builds, ${n} runs per cell (${routeRuns} for the route change and sign-in rows: each signs in, scrypt on the server), composed and monolith runs alternating (cold loads: the Network section); 4x throttling is CDP \`Emulation.setCPUThrottlingRate\`. Times come from a MutationObserver installed before the page's scripts (\`bench/src/marks.ts\`): the first moment the condition holds in the DOM (before the next paint).\n\n` +
      '- **Save → header**: click on Save of a new name → `[data-testid="header-user-name"]` shows it (the cross-app update: profile-mfe → shared-auth → root-config\'s header; the monolith has the same header). **Save → profile**: → the profile shows it. **API answer → header**: from the end of the last API response before the header changed (resource timing) to the header showing the name: the client\'s own share, without the server round trip.\n' +
      '- **route change**: signed out on /login, sign in; the URL turning /profile (route guard) → the Sessions list shown. **sign-in → profile**: the Login click → the Sessions list (includes the scrypt-bound sign-in request).\n' +
      "- **cross-tab logout**: two tabs of one browser on /profile, the header's Logout clicked in one → the other tab's URL is /login (shared-auth's event bus across tabs, then the guard); both moments on one clock through each page's `performance.timeOrigin`." +
      (notes.length ? `\n\nSign-in: ${notes.join('; ')}.` : '') +
      (failures.length
        ? `\n\nRuns that timed out (30 s; kept out of the medians):\n\n${failures.map((f) => `- ${f.replaceAll('|', '/')}`).join('\n')}`
        : ''),
    body,
  );
}

export function leaksSection(results: { app: AppName; mfe: string; result: LeakResult }[]): Section {
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(2)} MB`;
  const growth = (a: number, b: number, f: (x: number) => string) => `${b - a >= 0 ? '+' : '−'}${f(Math.abs(b - a))}`;
  const rows = results.map(({ app, mfe, result: r }) =>
    r.after10 && r.after100 && r.after200
      ? [
          mfe,
          app,
          mb(r.after10.heapUsed),
          mb(r.after100.heapUsed),
          mb(r.after200.heapUsed),
          growth(r.after100.heapUsed, r.after200.heapUsed, mb),
          `${mb(r.after100.objects)} → ${mb(r.after200.objects)} (${growth(r.after100.objects, r.after200.objects, (b) => `${(b / 1024).toFixed(1)} kB`)})`,
          `${r.after10.nodes} / ${r.after100.nodes} / ${r.after200.nodes}`,
          `${r.after10.listeners} / ${r.after100.listeners} / ${r.after200.listeners}`,
          `${Math.round(r.msPerCycle ?? 0)} ms`,
        ]
      : [mfe, app, r.na ?? 'n/a', '', '', '', '', '', '', ''],
  );
  return section(
    'Leaks',
    "Each micro-frontend mounted and unmounted by soft navigation between its page and a not-found page (single-spa reroutes in the portal, the router in the monolith); each mount waits for the screen (the Email input, the Sessions list), each unmount for its region to empty. After 10, 100 and 200 cycles: two forced GCs (CDP `HeapProfiler.collectGarbage`), then `Runtime.getHeapUsage` (used JS heap) and `Memory.getDOMCounters` (DOM nodes, JS event listeners), median of 3 such samples. The used heap creeps up in both apps. Heap-snapshot diffs (monolith, 100 → 400–500 cycles) put that growth in V8's compiled code (InstructionStream and Code objects as more functions get optimized, ~130 kB) and in browser-native entries that grow on any page (DevTools' network buffer kept for the automation, layout-shift and resource-timing entries); the largest growth among JS objects was a few 24-byte strings. So the leak test is the **JS objects** column: a heap snapshot's self sizes without `code` and `native` nodes, from 100 to 200 cycles (100 more cycles leaking even 1 kB each would add 100 kB); DOM nodes and listeners must not grow at all.",
    table(
      [
        'micro-frontend',
        'app',
        'JS heap after 10',
        'after 100',
        'after 200',
        'growth 100 → 200',
        'JS objects, 100 → 200',
        'DOM nodes after 10 / 100 / 200',
        'JS listeners after 10 / 100 / 200',
        'time per cycle',
      ],
      rows,
    ),
  );
}

/** altogic-local's get user beside the bare Fastify + better-sqlite3 handler measured just before it. */
function ceilingTable(runs: DatabaseRun[]): string {
  const ceiling = runs.find((run) => run.ceiling);
  const sqlite = runs.find((run) => !run.ceiling && run.database.startsWith('SQLite'));
  if (!ceiling || !sqlite) return '';
  const rows = ceiling.rows.map((c) => {
    const ours = sqlite.rows.find((r) => r.endpoint === GET_USER && r.connections === c.connections);
    return [
      c.connections,
      `${Math.round(c.rps)} (p99 ${Math.round(c.p99)} ms)`,
      ours ? `${Math.round(ours.rps)} (p99 ${Math.round(ours.p99)} ms)` : 'n/a',
      ours ? `**${Math.round((100 * ours.rps) / c.rps)}%**` : 'n/a',
      ours ? String(ours.errors) : 'n/a',
    ];
  });
  return `### Get user against its ceiling

The ceiling is \`bench/ceiling/server.mjs\`: bare Fastify (no plugins, hooks or logging) and better-sqlite3 prepared statements making the same two lookups (the session by its token's SHA-256, then the user) and answering the same JSON, on the same machine, just before altogic-local's rows.\n\n${table(['connections', 'ceiling req/s', 'altogic-local (SQLite) req/s', 'share of the ceiling', 'altogic-local errors'], rows)}`;
}

export function serverSection(runs: DatabaseRun[], seconds: number): Section {
  const parts = runs.map((run) => {
    if (run.na) return `### ${run.database}\n\n${run.na}`;
    const lat = (v: number) => (v < 1 ? '<1 ms' : `${Math.round(v)} ms`);
    const rows = run.rows.map((r) => [
      r.endpoint,
      r.connections,
      Math.round(r.rps),
      Math.round(r.okRps),
      lat(r.p50),
      lat(r.p99),
      r.errors === 0 ? '0' : `**${r.errors}** (${r.errorDetail})`,
      `${Math.round(r.peakRssMb)} MB`,
    ]);
    return `### ${run.database}\n\n${table(['endpoint', 'connections', 'req/s (median of seconds)', '2xx/s', 'p50 latency', 'p99 latency', 'errors', 'peak RSS'], rows)}`;
  });
  const shed = runs.some((run) => run.rows.some((r) => r.errorDetail.includes('503')));
  const shedNote = shed
    ? "**Errors are not zero where the table says so.** The 503s are altogic-local's own load shedding: its password hasher runs at most 4 scrypt hashes at once and queues 16 more, and answers `503 server_busy` with `Retry-After: 1` beyond that (docs/security.md S1 / REL-5: a flood of sign-ins must not exhaust memory, 32 MB per hash). Each 503 is answered in milliseconds, which is why req/s jumps while 2xx/s stays at the scrypt-bound rate. The altogic client surfaces it as an error the login form shows; a browser user would retry. To take 64 concurrent sign-ins without errors the queue would have to hold them (64 × 32 MB of scrypt memory is not the problem: only 4 run at once; the queue bound is) — a bigger queue trades errors for multi-second latency on 2 cores."
    : '';
  return section(
    'Server',
    `altogic-local with \`NODE_ENV=production\` (production scrypt: N=2^15, r=8, p=3), a fresh data dir, rate limits and email verification off, on loopback; autocannon in the benchmark process, ${seconds} s per row` +
      (seconds < 20
        ? ` (\`LOAD_SECONDS=20 pnpm bench\` for longer rows; ${seconds} s keeps the whole run near 15 minutes on 2 cores)`
        : '') +
      '. Get user and list sessions use one user with 3 sessions; the outbox lists 3 mails; sign-in signs one user in again and again. Errors are non-2xx answers plus socket errors and timeouts (30 s). Peak RSS: the server process, /proc/<pid>/status VmRSS every 100 ms, highest value of the row (it only grows within a database run). PostgreSQL: a throwaway local cluster (Debian binaries, default settings).',
    ceilingTable(runs),
    ...parts,
    shedNote,
  );
}
