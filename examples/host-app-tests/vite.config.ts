import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { federatedBuild, portalFederation } from '../../portal-build/src/viteFederation';

/**
 * A host page: it provides solid-js and portal-ui to the parcels (the federation share scope, built here, hence the
 * Solid plugin for portal-ui's components) and loads shared-auth and auth-mfe at run time.
 */
export default defineConfig({
  base: '/',
  plugins: [solid(), portalFederation({ name: 'acme-host', remotes: ['auth-mfe'] })],
  build: { ...federatedBuild('index.html'), assetsDir: 'assets' },
});
