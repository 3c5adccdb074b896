import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

// With the Solid plugin, as in the apps' builds: the router-surface test builds the router the way they see it.
export default defineConfig({
  plugins: [solid()],
  resolve: { conditions: ['development', 'browser'] },
  test: { environment: 'jsdom', include: ['src/**/*.test.ts'] },
});
