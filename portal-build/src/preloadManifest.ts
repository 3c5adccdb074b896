/**
 * What a page needs before it can start, published by each build so that whoever serves the portal's HTML can
 * ask for all of it at once (modulepreload links) instead of discovering it module by module, one round trip
 * per level of imports (scripts/portal-html.mjs reads these files; README "A shallow start").
 * - Every remote writes `federation-manifest.json` beside its remoteEntry.js: for each exposed module, for each
 *   message catalog (by locale) and for each lazily loaded chunk (by name), the files it needs, its own static
 *   imports included and the share scope's modules (provided by the host) left out.
 * - The host writes `preload-plan.json`: which remote's exposed modules (or named chunks) each route starts,
 *   and its own catalogs. Paths come from the route table the host registers its apps with.
 * Nothing here names an origin: files are relative to the part's entry, whose URL is runtime configuration.
 */
import type { Plugin, Rollup } from 'vite';
import type { RemoteName } from 'portal-contract';

export const MANIFEST_FILE = 'federation-manifest.json';
export const PLAN_FILE = 'preload-plan.json';

export interface FederationManifest {
  name: string;
  exposes: Record<string, string[]>;
  catalogs: Record<string, string[]>;
  chunks: Record<string, string[]>;
}

/** For every route, what to fetch from which remote: exposed module names (`./app`) or chunk names (`realClient`). */
export interface PreloadPlan {
  always: Partial<Record<RemoteName, string[]>>;
  routes: { paths: readonly string[]; remotes: Partial<Record<RemoteName, string[]>> }[];
  /** the host's own catalogs, by locale, relative to its base */
  catalogs: Record<string, string[]>;
}

const CATALOG = /\/src\/i18n\/([a-z]{2}(?:-[A-Z]{2})?)\.tsx?$/;
const exposedChunkName = (key: string) => {
  const bare = key.replace(/^\.\//, '');
  return `__federation_expose_${bare.charAt(0).toUpperCase()}${bare.slice(1)}`;
};

/** A chunk and its static imports, transitively, without the share scope's chunks (the host provides them). */
export function staticClosure(bundle: Rollup.OutputBundle, fileName: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const chunk = bundle[file];
    if (seen.has(file) || !chunk || chunk.type !== 'chunk' || file.includes('__federation_shared_')) return;
    seen.add(file);
    chunk.imports.forEach(visit);
  };
  visit(fileName);
  return [...seen];
}

function catalogsOf(bundle: Rollup.OutputBundle): Record<string, string[]> {
  const catalogs: Record<string, string[]> = {};
  for (const chunk of Object.values(bundle)) {
    const locale = chunk.type === 'chunk' && chunk.isDynamicEntry ? CATALOG.exec(chunk.facadeModuleId ?? '')?.[1] : undefined;
    if (locale) catalogs[locale] = staticClosure(bundle, chunk.fileName);
  }
  return catalogs;
}

export function federationManifest(name: string, exposes: Record<string, string>): Plugin {
  return {
    name: 'portal:federation-manifest',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
      const manifest: FederationManifest = { name, exposes: {}, catalogs: catalogsOf(bundle), chunks: {} };
      for (const key of Object.keys(exposes)) {
        const chunk = chunks.find((c) => c.name === exposedChunkName(key));
        if (!chunk) this.error(`no chunk for the exposed module ${key}: review exposedChunkName (the federation plugin changed?)`);
        manifest.exposes[key] = staticClosure(bundle, chunk.fileName);
      }
      for (const chunk of chunks) {
        if (chunk.isDynamicEntry && !CATALOG.test(chunk.facadeModuleId ?? '') && !chunk.name.startsWith('__federation_'))
          manifest.chunks[chunk.name] = staticClosure(bundle, chunk.fileName);
      }
      this.emitFile({ type: 'asset', fileName: MANIFEST_FILE, source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}

export function hostPreloadPlan(plan: Omit<PreloadPlan, 'catalogs'>): Plugin {
  return {
    name: 'portal:host-preload-plan',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const full: PreloadPlan = { ...plan, catalogs: catalogsOf(bundle) };
      this.emitFile({ type: 'asset', fileName: PLAN_FILE, source: `${JSON.stringify(full, null, 2)}\n` });
    },
  };
}
