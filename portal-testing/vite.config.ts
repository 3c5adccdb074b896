import { defineConfig } from 'vite';

/**
 * The published build: ES modules for Node 20, one per entry. shared-auth's contract (the session's storage keys)
 * is bundled in, so a consumer needs only @playwright/test (and @axe-core/playwright for `/axe`).
 */
export default defineConfig({
  build: {
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    lib: { entry: { index: 'src/index.ts', node: 'src/node/index.ts', axe: 'src/axe.ts' }, formats: ['es'] },
    rollupOptions: { external: [/^@playwright\/test(\/|$)/, /^@axe-core\/playwright(\/|$)/, /^node:/] },
  },
});
