/** The network section of RESULTS.md: time to ready per network profile, chain depth, bytes, layout shift. */
import type { AppName } from './browser';
import type { NetworkLoad } from './network';
import { kB, ms, ratio, section, table, type Cell, type Section } from './report';
import { median, p90 } from './stats';

export interface NetworkCell {
  page: string;
  profile: string;
  loads: Record<AppName, NetworkLoad[]>;
  failures: string[];
}

const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const of = (loads: NetworkLoad[], key: 'ready' | 'depth' | 'fileDepth' | 'bytes' | 'requests' | 'cls') => loads.map((l) => l[key]);
const path = (url: string) => {
  const u = new URL(url);
  return `${u.port ? `:${u.port}` : u.host}${u.pathname}`;
};

export function networkSection(cells: NetworkCell[], runs: number): Section {
  const time: Cell[][] = [];
  const waves: Cell[][] = [];
  for (const { page, profile, loads } of cells) {
    const c = loads.composed;
    const m = loads.monolith;
    time.push([
      page,
      profile,
      ms(median(of(c, 'ready'))),
      ms(p90(of(c, 'ready'))),
      ms(median(of(m, 'ready'))),
      ms(p90(of(m, 'ready'))),
      ratio(median(of(c, 'ready')), median(of(m, 'ready'))),
    ]);
    waves.push([
      page,
      profile,
      `${fixed(median(of(c, 'depth')))} / ${fixed(median(of(m, 'depth')))}`,
      `${fixed(median(of(c, 'fileDepth')))} / ${fixed(median(of(m, 'fileDepth')))}`,
      `${fixed(median(of(c, 'requests')))} / ${fixed(median(of(m, 'requests')))}`,
      `${kB(median(of(c, 'bytes')))} / ${kB(median(of(m, 'bytes')))}`,
      `${fixed(median(of(c, 'cls')), 3)} (max ${fixed(Math.max(...of(c, 'cls')), 3)}) / ${fixed(median(of(m, 'cls')), 3)} (max ${fixed(Math.max(...of(m, 'cls')), 3)})`,
    ]);
  }
  const chains = cells
    .filter((cell) => cell.profile === cells[0]!.profile)
    .flatMap(({ page, loads }) =>
      (['composed', 'monolith'] as const).map((app) => {
        const last = loads[app].at(-1);
        return last ? `- ${page}, ${app}: ${last.chain.map(path).join(' → ')}` : `- ${page}, ${app}: n/a`;
      }),
    );
  const shifts = cells
    .filter((cell) => cell.profile === cells[0]!.profile)
    .flatMap(({ page, loads }) =>
      (['composed', 'monolith'] as const).map((app) => `- ${page}, ${app}: ${loads[app].at(-1)?.shifts.join('; ') || 'none'}`),
    );
  const failures = cells.flatMap((cell) => cell.failures);
  return section(
    'Network',
    `Cold loads (fresh context: empty cache, new connections), ${runs} per cell, composed and one app alternating, on networks emulated by CDP \`Network.emulateNetworkConditions\` (latency added to each response, download/upload throughput) and CPU throttling (\`Emulation.setCPUThrottlingRate\`). Every part is served by \`scripts/static-server.mjs\` as in production: precompressed brotli by Accept-Encoding, HTTP/1.1 (a CDN would speak HTTP/2: no limit of 6 connections per origin). Ready: navigation start → the Email input usable (/login), the Sessions list shown for a signed-in user (/profile).`,
    table(['page', 'network', 'composed median', 'composed p90', 'one app median', 'one app p90', 'ratio (medians)'], time),
    '**Chain depth**: the longest run of requests where each starts only after an earlier one ended, over the requests started before the page was ready (each link costs at least one round trip); **of files only**: the same without API calls (fetch, XHR and their CORS preflights), the waves composition itself costs. **Transferred**: bytes on the wire, headers included (CDP encodedDataLength), until the network is idle. **CLS**: cumulative layout shift (Layout Instability API, largest session window) until the network is idle.',
    table(
      [
        'page',
        'network',
        'chain depth (composed / one app)',
        'of files only (no API calls)',
        'requests before ready',
        'transferred',
        'CLS median (max)',
      ],
      waves,
    ),
    `<details><summary>The longest chain of one load (${cells[0]?.profile ?? ''})</summary>\n\n${chains.join('\n')}\n\n</details>`,
    `<details><summary>The layout shifts of one load (${cells[0]?.profile ?? ''}): time, value, elements moved</summary>\n\n${shifts.join('\n')}\n\n</details>`,
    failures.length ? `Runs that did not finish: ${failures.join('; ')}` : '',
  );
}
