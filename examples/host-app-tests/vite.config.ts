import { defineConfig } from 'vite';
import { federatedBuild, portalFederation } from '../../shared-auth/src/federation/viteFederation';

/** A host page: it shares solid-js and portal-ui with the parcels (the federation scope) and loads auth-mfe at run time. */
export default defineConfig({
  base: '/',
  plugins: [portalFederation({ name: 'acme-host', remotes: ['auth-mfe'] })],
  build: { ...federatedBuild('index.html'), assetsDir: 'assets' },
});
