/**
 * The build side of the federation contract: every app (host or remote) gets its federation plugin here,
 * so the shared singletons and the shared-auth remote are declared exactly once.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import federation from '@originjs/vite-plugin-federation';
import { REMOTES, REMOTE_URLS_GLOBAL, type RemoteName } from '../contract';

const require = createRequire(import.meta.url);
const solidVersion: string = (require('solid-js/package.json') as { version: string }).version;

/** solid-js and its subpaths, each its own object (the plugin mutates them) with an explicit version. */
function sharedSingletons() {
  const entry = () => ({ version: solidVersion, requiredVersion: `^${solidVersion.split('.')[0]}.0.0` });
  return { 'solid-js': entry(), 'solid-js/web': entry(), 'solid-js/store': entry() };
}

/** A remote whose entry URL is read at run time from the host's global, never compiled in. */
export function runtimeRemote(name: RemoteName) {
  return {
    external: `Promise.resolve(globalThis[${JSON.stringify(REMOTE_URLS_GLOBAL)}][${JSON.stringify(name)}])`,
    externalType: 'promise' as const,
    format: 'esm' as const,
    from: 'vite' as const,
  };
}

export interface PortalFederationOptions {
  name: RemoteName | 'root-config';
  exposes?: Record<string, string>;
  /** Remotes besides shared-auth (the host declares the micro-frontends). */
  remotes?: RemoteName[];
}

export function portalFederation({ name, exposes, remotes = [] }: PortalFederationOptions) {
  const remoteNames: RemoteName[] = name === REMOTES.sharedAuth ? remotes : [REMOTES.sharedAuth, ...remotes];
  return federation({
    name,
    filename: 'remoteEntry.js',
    ...(exposes ? { exposes } : {}),
    remotes: Object.fromEntries(remoteNames.map((r) => [r, runtimeRemote(r)])),
    shared: sharedSingletons(),
  });
}

const remoteBuildEntry = fileURLToPath(new URL('./remoteBuildEntry.ts', import.meta.url));

/** Build options every federated app needs (top-level await, CSS kept with the entry). Remotes omit `input`. */
export function federatedBuild(input = remoteBuildEntry) {
  return {
    target: 'esnext',
    cssCodeSplit: false,
    modulePreload: false,
    // Chunks beside remoteEntry.js: the plugin resolves exposed chunks relative to the entry, so a relative
    // base works from any URL the part is deployed at (no origin compiled in).
    assetsDir: '',
    minify: true,
    rollupOptions: { input },
  } as const;
}
