/**
 * Changes to the remote entry (`remoteEntry.js`) the federation plugin generates for every remote. Each checks
 * that the plugin's code still looks as expected and fails the build otherwise (the plugin is pinned, FIELD-NOTES 8).
 */
import type { Plugin, Rollup } from 'vite';

const ENTRY_ID = '\0virtual:__remoteEntryHelper__remoteEntry.js';

/**
 * A remote's entry carries a loader that adds `<link rel=stylesheet>` for the remote's CSS files (0.5 kB gzip
 * in every remote's entry). Ours have none: each renders its scoped CSS inline (FIELD-NOTES 3), so the loader
 * becomes a no-op, and a CSS file in a remote's bundle fails its build instead of being silently dropped.
 */
export function noRemoteCssLoader(): Plugin {
  return {
    name: 'portal:no-remote-css-loader',
    apply: 'build',
    transform(code, id) {
      if (id !== ENTRY_ID) return null;
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
 * An exposed module imports its chunks, and they theirs, each found only when its importer has been parsed: the
 * plugin turns Rollup's import hoisting off (hoisted imports would fetch a remote's own copies of shared
 * modules). So the entry modulepreloads all of an exposed module's chunks, never the shared ones, as it
 * imports that module: one round trip instead of one per level.
 */
export function exposePreloads(): Plugin {
  const placeholder = '__PORTAL_EXPOSE_PRELOADS__';
  const importer = 'async function __federation_import(name) {';
  return {
    name: 'portal:expose-preloads',
    apply: 'build',
    transform(code, id) {
      if (id !== ENTRY_ID) return null;
      if (!code.includes(importer) || !code.includes('currentImports[name]'))
        this.error('the federation plugin changed its remote entry: review exposePreloads');
      return code.replace(
        importer,
        `const portalPreloads = JSON.parse(${JSON.stringify(placeholder)});
      ${importer}
        if (!currentImports[name]) for (const file of portalPreloads[name.slice(2)] ?? []) {
          const link = document.createElement('link');
          link.rel = 'modulepreload';
          link.href = new URL(file, import.meta.url).href;
          document.head.appendChild(link);
        }`,
      );
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = new Map(
          Object.values(bundle)
            .filter((file): file is Rollup.OutputChunk => file.type === 'chunk')
            .map((chunk) => [chunk.fileName, chunk]),
        );
        const preloads: Record<string, string[]> = {};
        for (const chunk of chunks.values()) {
          if (!chunk.fileName.startsWith('__federation_expose_')) continue;
          const seen = new Set<string>();
          const visit = (file: string) => {
            for (const imported of chunks.get(file)?.imports ?? []) {
              if (seen.has(imported) || imported.includes('__federation_shared_')) continue;
              seen.add(imported);
              visit(imported);
            }
          };
          visit(chunk.fileName);
          preloads[chunk.fileName] = [...seen];
        }
        const entry = [...chunks.values()].find((chunk) => chunk.facadeModuleId === ENTRY_ID);
        const quoted = new RegExp(`(["'])${placeholder}\\1`);
        if (!entry || !quoted.test(entry.code)) this.error('exposePreloads found no placeholder in remoteEntry.js');
        entry.code = entry.code.replace(quoted, JSON.stringify(JSON.stringify(preloads)));
      },
    },
  };
}
