/**
 * The baseline: the same screens as ONE Solid app (no federation, no single-spa). Same target and the same
 * socket.io-client / cross-fetch stubs as shared-auth's federated build, so only composition differs.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { precompress } from '../../portal-build/src/precompress';

const stub = (file: string) => fileURLToPath(new URL(`../../shared-auth/src/stubs/${file}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [solid(), precompress()],
  resolve: {
    alias: { 'socket.io-client': stub('socket-io-client.ts'), 'cross-fetch': stub('cross-fetch.ts') },
    dedupe: ['solid-js'],
  },
  build: {
    target: 'esnext',
    outDir: process.env.MONOLITH_OUT_DIR ?? fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
  logLevel: 'warn',
});
