import { defineConfig } from '@playwright/test';
import portal from './playwright.config';

/**
 * `pnpm run shots`: the screenshot tool (e2e/a11y/screens.shots.ts) with the e2e suite's servers; not part of
 * `npm test`. Run it under the ports lock on a shared machine, like the e2e suite.
 */
export default defineConfig({
  ...portal,
  testMatch: '**/*.shots.ts',
  projects: [{ name: 'shots', testDir: './e2e' }],
  reporter: [['list']],
});
