import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { federatedBuild, portalFederation } from '../portal-build/src/viteFederation';

export default defineConfig({
  base: '/',
  plugins: [solid(), portalFederation({ name: 'root-config', remotes: ['auth-mfe', 'profile-mfe'] })],
  build: {
    ...federatedBuild(),
    assetsDir: 'assets',
    // The host's CSS is its own per page (the embed demo must not get the portal shell's styles).
    cssCodeSplit: true,
    rollupOptions: { input: { portal: 'index.html', embedDemo: 'embed-demo/index.html' } },
  },
  server: { port: 9000, strictPort: true },
  preview: { port: 9000, strictPort: true },
});
