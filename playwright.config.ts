import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'portal-e2e-'));
process.env.E2E_DATA_DIR = dataDir;

/** The example host page (examples/host-app-tests) embeds the portal's parcels from its own origin. */
const HOST_ORIGIN = 'http://localhost:9106';
const PORTAL_ORIGINS = ['http://localhost:9000', 'http://127.0.0.1:9000', HOST_ORIGIN];
/** altogic-local's default CORS origins (the portal and its remotes) and the host page's. */
const API_ORIGINS = [9000, 9001, 9002, 9003]
  .flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`])
  .concat(HOST_ORIGIN);

/**
 * Every server the specs need is started here: the built portal, a fresh altogic-local (rate limits off) and the
 * example host page. Two projects: the portal's own specs, and the host team's example written against portal-testing.
 */
export default defineConfig({
  globalSetup: './e2e/globalSetup.ts',
  testMatch: '**/*.spec.ts',
  projects: [
    { name: 'e2e', testDir: './e2e' },
    { name: 'host-app', testDir: './examples/host-app-tests/tests' },
  ],
  fullyParallel: false,
  workers: 1,
  // Never retried: a flaky spec must show (and be fixed at its cause), not pass on its second try.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON report feeds `node scripts/slowest-specs.mjs` (the ten slowest specs, printed by .ci/run).
  reporter: [
    ['list'],
    ['json', { outputFile: 'test-results/e2e-report.json' }],
    ...(process.env.CI ? [] : [['html', { open: 'never' }] as const]),
  ],
  use: {
    baseURL: 'http://localhost:9000',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --rate-limits off --data-dir ${dataDir} --allowed-origins ${API_ORIGINS.join(',')}`,
      env: { PORTAL_ORIGINS: PORTAL_ORIGINS.join(',') },
      url: 'http://localhost:9000/portal.config.json',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node scripts/static-server.mjs --dir examples/host-app-tests/dist --port 9106`,
      url: `${HOST_ORIGIN}/host.config.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
