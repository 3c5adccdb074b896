import { defineConfig } from 'vitest/config';

// The routing helpers read and replace the page's history: jsdom stands in for the browser.
export default defineConfig({ test: { environment: 'jsdom', include: ['src/**/*.test.ts'] } });
