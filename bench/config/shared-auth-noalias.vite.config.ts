/**
 * shared-auth's own build config minus its resolve.alias (the socket.io-client and cross-fetch stubs), to show
 * what the aliases save. Run from shared-auth/ with BENCH_OUT_DIR set (bench/src/build.ts does).
 */
import { defineConfig, type UserConfig } from 'vite';
import sharedAuthConfig from '../../shared-auth/vite.config';

const base = sharedAuthConfig as UserConfig;

export default defineConfig({
  ...base,
  resolve: { ...base.resolve, alias: {} },
  build: { ...base.build, outDir: process.env.BENCH_OUT_DIR ?? 'dist-noalias', emptyOutDir: true },
  logLevel: 'warn',
});
