/**
 * The build side of the federation contract: every app (host or remote) gets its federation plugin here,
 * so the shared singletons and the shared-auth remote are declared exactly once.
 */
import { createRequire } from 'node:module';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caretSatisfy } from './caretSatisfy';
import { precompress } from './precompress';
import { federationManifest, hostPreloadPlan, type PreloadPlan } from './preloadManifest';
import { SOLID_FILES, solidSurfaceCheck, writeSurfaceModules, type SolidModule } from './solidSurface';
import type { Plugin } from 'vite';
import federation from '@originjs/vite-plugin-federation';
// A relative path, not 'portal-contract': Vite loads a config's bare imports with Node, which runs no TypeScript.
import { APP_PATHS, EXPOSED, REMOTES, REMOTE_URLS_GLOBAL, type RemoteName } from '../../portal-contract/src/contract';

const require = createRequire(import.meta.url);
const solidVersion: string = (require('solid-js/package.json') as { version: string }).version;
// The router exports no ./package.json: its own sits two folders above its entry.
const routerVersion: string = (
  JSON.parse(readFileSync(join(dirname(SOLID_FILES['@solidjs/router']), '..', 'package.json'), 'utf8')) as { version: string }
).version;
// portal-ui exports no ./package.json; it is a workspace sibling of portal-build.
const portalUiVersion: string = (
  JSON.parse(readFileSync(fileURLToPath(new URL('../../portal-ui/package.json', import.meta.url)), 'utf8')) as {
    version: string;
  }
).version;

/** `^MAJOR.0.0`, or `^0.MINOR.0` before 1.0 (a 0.x minor may break): the only ranges caretSatisfy reads. */
function caretRange(version: string): string {
  const [major, minor] = version.split('.');
  return major === '0' ? `^0.${minor}.0` : `^${major}.0.0`;
}

/**
 * The share scope, each entry its own object (the plugin mutates them) with an explicit version: solid-js and
 * its subpaths (the surface the apps use: solidSurface.ts); for the apps also the router (its surface) and
 * portal-ui (the design system every screen is made of, loaded once like a style guide); shared-auth itself
 * uses neither. A remote mounted by a host without this scope uses its own copy.
 */
function sharedSingletons(forApps: boolean) {
  const surface = writeSurfaceModules();
  const solid = (module: SolidModule, version = solidVersion) => ({
    version,
    requiredVersion: caretRange(version),
    packagePath: surface[module],
  });
  return {
    'solid-js': solid('solid-js'),
    'solid-js/web': solid('solid-js/web'),
    'solid-js/store': solid('solid-js/store'),
    ...(forApps
      ? {
          '@solidjs/router': solid('@solidjs/router', routerVersion),
          'portal-ui': { version: portalUiVersion, requiredVersion: caretRange(portalUiVersion) },
        }
      : {}),
  };
}

/**
 * The router imports solid-js/store for createAsyncStore only, which is outside its surface. A shared import is a
 * top-level `await importShared(...)` that tree-shaking cannot drop: it would fetch the store on every page. The
 * router's store import gets stand-ins instead, which go with the unused code (nothing of the store ships), and
 * which would throw if the surface ever took in createAsyncStore without this being changed.
 */
function routerStoreUnshared(): Plugin {
  const router = SOLID_FILES['@solidjs/router'];
  const standIn = '\0portal:router-store';
  return {
    name: 'portal:router-store-unshared',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (source === standIn ? standIn : null),
    load(id) {
      if (id !== standIn) return null;
      const fail = "() => { throw new Error('solid-js/store is not shared with @solidjs/router (viteFederation.ts)'); }";
      return ['createStore', 'reconcile', 'unwrap'].map((name) => `export const ${name} = ${fail};`).join('\n');
    },
    transform(code, id) {
      if (id !== router) return null;
      const storeImport = /(import\s*\{([^}]*)\}\s*from\s*)['"]solid-js\/store['"]/;
      const names = storeImport
        .exec(code)?.[2]
        ?.split(',')
        .map((part) => part.trim());
      if (names?.join() !== 'createStore,reconcile,unwrap') {
        this.error('@solidjs/router imports other names of solid-js/store: review routerStoreUnshared');
      }
      return code.replace(storeImport, (_all, head: string) => `${head}${JSON.stringify(standIn)}`);
    },
  };
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
  /** A remote's name, the root config, or another host page's (`acme-host`: a page embedding parcels). */
  name: RemoteName | 'root-config' | `${string}-host`;
  exposes?: Record<string, string>;
  /** Remotes besides shared-auth (the host declares the micro-frontends). */
  remotes?: RemoteName[];
}

/** version.json beside the entry: which build of a part a user had (package version, commit, build time). */
function versionJson(name: string): Plugin {
  return {
    name: 'portal:version-json',
    apply: 'build',
    generateBundle() {
      const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string };
      let commit = process.env.GIT_COMMIT ?? 'unknown';
      try {
        commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
          .toString()
          .trim();
      } catch {
        // not a git checkout: keep GIT_COMMIT or 'unknown'
      }
      const label = process.env.BUILD_LABEL;
      const info = { name, version: pkg.version, commit, builtAt: new Date().toISOString(), ...(label ? { label } : {}) };
      this.emitFile({ type: 'asset', fileName: 'version.json', source: `${JSON.stringify(info, null, 2)}\n` });
    },
  };
}

/**
 * Version-skew tests build a part as if against another contract version: CONTRACT_VERSION_OVERRIDE=1.1.0
 * rewrites the constant in contract.ts for that build only.
 */
function contractVersionOverride(): Plugin | null {
  const version = process.env.CONTRACT_VERSION_OVERRIDE;
  if (!version) return null;
  return {
    name: 'portal:contract-version-override',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/portal-contract/src/contract.ts')) return null;
      return code.replace(/CONTRACT_VERSION = '[^']*'/, `CONTRACT_VERSION = ${JSON.stringify(version)}`);
    },
  };
}

/**
 * Vite wraps every dynamic import (the message catalogs) in a helper that preloads the imported chunk's
 * dependencies and CSS. With `modulePreload: false` and no CSS files (styles are rendered inside each app)
 * it has nothing to do but costs 0.5 kB gzip in every app: a direct call replaces it.
 */
function directDynamicImports(): Plugin {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'portal:direct-dynamic-imports',
    apply: 'build',
    enforce: 'pre',
    load: (id) => (id === helper ? 'export const __vitePreload = (load) => load();' : null),
  };
}

/**
 * The federation runtime checks a shared module's version against `requiredVersion` with a full semver range
 * parser (1.5 kB gzip in every part). Our ranges are all `^MAJOR.0.0` (sharedSingletons): caretSatisfy does it.
 */
function slimVersionCheck(): Plugin {
  const id = '\0portal:federation-satisfy';
  return {
    name: 'portal:slim-version-check',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (source === '__federation_fn_satisfy' ? id : null),
    load: (loaded) => (loaded === id ? `export const satisfy = ${caretSatisfy.toString()};` : null),
  };
}

/**
 * The host's shared chunks are imported one after the other (each awaits the one it needs), and the entry's
 * own imports only once it is parsed: a chain of round trips before the page's first app can start.
 * modulepreload links in the host's HTML fetch them at once: the entry's imports, and the shared modules the
 * host's own code imports (one only a remote uses, solid-js/store say, is left to be fetched if it is used).
 */
function hostPreloads(sharedNames: readonly string[]): Plugin {
  let base = '/';
  const used = new Set<string>();
  const specifier = new RegExp(`from\\s*['"](${sharedNames.map((n) => n.replace('/', '\\/')).join('|')})['"]`, 'g');
  return {
    name: 'portal:host-preloads',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transform(code, id) {
      if (id.includes('/node_modules/') || id.startsWith('\0')) return null;
      for (const match of code.matchAll(specifier)) used.add(match[1]!);
      return null;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle = {}, chunk }) => {
        const shared = Object.values(bundle).filter(
          (file) => file.type === 'chunk' && [...used].some((name) => file.fileName.includes(`__federation_shared_${name}-`)),
        );
        const files = new Set([...(chunk?.imports ?? []), ...shared.map((file) => file.fileName)]);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * A remote's entry carries a loader that adds `<link rel=stylesheet>` for the remote's CSS files (0.5 kB gzip
 * in every remote's entry). Ours have none: each renders its scoped CSS inline (docs/pitfalls.md #3), so the loader
 * becomes a no-op, and a CSS file in a remote's bundle fails its build instead of being silently dropped.
 */
function noRemoteCssLoader(): Plugin {
  const entryId = '\0virtual:__remoteEntryHelper__remoteEntry.js';
  return {
    name: 'portal:no-remote-css-loader',
    apply: 'build',
    transform(code, id) {
      if (id !== entryId) return null;
      const loader = /export const dynamicLoadingCss = \([^)]*\) => \{[\s\S]*?\n {6}\};\n/;
      if (!loader.test(code)) this.error('the federation plugin changed its remote entry: review noRemoteCssLoader');
      return code.replace(loader, 'export const dynamicLoadingCss = () => {};\n');
    },
    generateBundle(_options, bundle) {
      const css = Object.keys(bundle).filter((file) => file.endsWith('.css'));
      if (css.length) this.error(`remotes render their CSS inline (import './x.css?inline'), but this build emitted ${css.join(', ')}`);
    },
  };
}

/**
 * What the host's HTML asks for beside its own code (preloadManifest.ts): shared-auth's runtime on every page,
 * the app the path shows, and on the profile the Altogic client (its first server call needs it at once).
 */
const HOST_PRELOADS: Omit<PreloadPlan, 'catalogs'> = {
  always: { [REMOTES.sharedAuth]: [EXPOSED.runtime] },
  routes: [
    { paths: APP_PATHS[REMOTES.authMfe], remotes: { [REMOTES.authMfe]: [EXPOSED.app] } },
    { paths: APP_PATHS[REMOTES.profileMfe], remotes: { [REMOTES.profileMfe]: [EXPOSED.app], [REMOTES.sharedAuth]: ['realClient'] } },
  ],
};

export function portalFederation({ name, exposes, remotes = [] }: PortalFederationOptions): Plugin[] {
  const remoteNames: RemoteName[] = name === REMOTES.sharedAuth ? remotes : [REMOTES.sharedAuth, ...remotes];
  const override = contractVersionOverride();
  const shared = sharedSingletons(name !== REMOTES.sharedAuth);
  return [
    ...(override ? [override] : []),
    versionJson(name),
    ...(name === 'root-config' ? [hostPreloads(Object.keys(shared)), hostPreloadPlan(HOST_PRELOADS)] : []),
    ...(exposes ? [federationManifest(name, exposes)] : []),
    directDynamicImports(),
    slimVersionCheck(),
    solidSurfaceCheck(),
    routerStoreUnshared(),
    ...(exposes ? [noRemoteCssLoader()] : []),
    federation({
      name,
      filename: 'remoteEntry.js',
      ...(exposes ? { exposes } : {}),
      remotes: Object.fromEntries(remoteNames.map((r) => [r, runtimeRemote(r)])),
      shared,
    }) as Plugin,
    precompress(),
  ];
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
    minify: 'terser',
    terserOptions: { compress: { passes: 3 }, ecma: 2020, module: true },
    rollupOptions: { input },
  } as const;
}
