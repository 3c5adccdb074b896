import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { federatedBuild, portalFederation } from '../portal-build/src/viteFederation';

export default defineConfig({
  base: './',
  plugins: [
    solid(),
    portalFederation({ name: 'auth-mfe', exposes: { './app': './src/lifecycles.tsx', './parcels': './src/parcels.tsx' } }),
  ],
  build: federatedBuild(),
  preview: { port: 9001, strictPort: true, cors: true },
});
