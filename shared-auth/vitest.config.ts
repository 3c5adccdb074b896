import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

// The altogic client keeps its real cross-fetch (node-fetch) and socket.io-client here: it is loaded by Node from
// node_modules, outside Vite's aliases. Uploads in jsdom take the client's XHR path, as in browsers.
export default defineConfig({
  plugins: [solid()],
  resolve: { conditions: ['development', 'browser'] },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/testing/globalSetup.ts'],
    testTimeout: 15_000,
    hookTimeout: 30_000,
  },
});
