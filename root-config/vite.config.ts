import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { federatedBuild, portalFederation } from '../portal-build/src/viteFederation';
import { documentPath, EMBED_DOCUMENTS } from './src/embed/documents';

/** The embed demo's one document page, built once, at the two addresses its consent links open. */
function embedDocuments(): Plugin {
  const built = 'embed-demo/document/index.html';
  return {
    name: 'embed-documents',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle[built];
      if (page?.type !== 'asset') return;
      for (const document of EMBED_DOCUMENTS) {
        this.emitFile({ type: 'asset', fileName: `${documentPath(document).slice(1)}/index.html`, source: page.source });
      }
      delete bundle[built];
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [solid(), embedDocuments(), portalFederation({ name: 'root-config', remotes: ['auth-mfe', 'profile-mfe'] })],
  build: {
    ...federatedBuild(),
    assetsDir: 'assets',
    // The host's CSS is its own per page (the embed demo must not get the portal shell's styles).
    cssCodeSplit: true,
    rollupOptions: {
      input: {
        portal: 'index.html',
        embedDemo: 'embed-demo/index.html',
        embedDocument: 'embed-demo/document/index.html',
      },
    },
  },
  server: { port: 9000, strictPort: true },
  preview: { port: 9000, strictPort: true },
});
