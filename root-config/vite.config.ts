import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { federatedBuild, portalFederation } from '../shared-auth/src/federation/viteFederation';

export default defineConfig({
  base: '/',
  plugins: [solid(), portalFederation({ name: 'root-config', remotes: ['auth-mfe', 'profile-mfe'] })],
  build: {
    ...federatedBuild(),
    assetsDir: 'assets',
    rollupOptions: { input: { portal: 'index.html', embedDemo: 'embed-demo/index.html' } },
  },
  server: { port: 9000, strictPort: true },
  preview: { port: 9000, strictPort: true },
});
