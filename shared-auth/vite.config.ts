import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { portalFederation, federatedBuild } from '../portal-build/src/viteFederation';

const stub = (file: string) => fileURLToPath(new URL(`./src/stubs/${file}`, import.meta.url));

export default defineConfig({
  base: './',
  plugins: [solid(), portalFederation({ name: 'shared-auth', exposes: { './runtime': './src/runtime.ts' } })],
  resolve: {
    alias: { 'socket.io-client': stub('socket-io-client.ts'), 'cross-fetch': stub('cross-fetch.ts') },
  },
  build: federatedBuild(),
  preview: { port: 9003, strictPort: true, cors: true },
});
