import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { federatedBuild, portalFederation } from '../portal-build/src/viteFederation';

export default defineConfig({
  base: './',
  plugins: [solid(), portalFederation({ name: 'profile-mfe', exposes: { './app': './src/lifecycles.tsx' } })],
  build: federatedBuild(),
  preview: { port: 9002, strictPort: true, cors: true },
});
