/**
 * The part of Solid (and of its router, @solidjs/router) the portal's apps share. A shared module cannot be tree-shaken by the apps that use it
 * (they are built apart), so sharing all of solid-js, solid-js/web and solid-js/store put 18 kB gzip on every
 * page where the same screens built as one app need 11. The host instead shares exactly the exports named
 * here (plus what Solid's own web and store builds import from solid-js), tree-shaken; and every app's build
 * fails when its code imports anything else from Solid, so the list cannot fall behind the code.
 *
 * Adding a name is a change of the federation contract: build and deploy the root config (the host of the
 * shared modules) before the micro-frontend that needs the name.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export const SOLID_SURFACE = {
  'solid-js': [
    'batch',
    'createContext',
    'createEffect',
    'createMemo',
    'createResource',
    'createRoot',
    'createSignal',
    'createUniqueId',
    'ErrorBoundary',
    'For',
    'lazy',
    'Match',
    'on',
    'onCleanup',
    'onMount',
    'Show',
    'Switch',
    'useContext',
  ],
  'solid-js/web': [
    'addEventListener',
    'className',
    'createComponent',
    'delegateEvents',
    'effect',
    'insert',
    'memo',
    // JSX spreads (`<TextField {...checks.bind('email', say)} />`); solid-js carries it for the router already
    'mergeProps',
    'render',
    'setAttribute',
    'style',
    'template',
    'use',
  ],
  'solid-js/store': ['createStore', 'reconcile'],
  // The router core and the hooks the apps route with; never its <Router> (it takes over every link and form
  // of the page, other apps' included): PortalRouter (single-spa-solid/router) is the integration with single-spa.
  '@solidjs/router': ['createRouter', 'Route', 'useLocation', 'useNavigate', 'useSearchParams'],
} as const satisfies Record<string, readonly string[]>;

export type SolidModule = keyof typeof SOLID_SURFACE;
export const SOLID_MODULES = Object.keys(SOLID_SURFACE) as SolidModule[];

const require = createRequire(import.meta.url);
const solidRoot = dirname(require.resolve('solid-js/package.json'));
/** The browser production builds the surface re-exports from (paths, so that no shared specifier is seen). */
export const SOLID_FILES: Record<SolidModule, string> = {
  'solid-js': join(solidRoot, 'dist/solid.js'),
  'solid-js/web': join(solidRoot, 'web/dist/web.js'),
  'solid-js/store': join(solidRoot, 'store/dist/store.js'),
  '@solidjs/router': require.resolve('@solidjs/router'),
};

/**
 * What the other surfaces, tree-shaken, call of Solid: solid-js/web and solid-js/store run on the shared solid-js,
 * the router's surface on both. Their builds import more (for the parts the surfaces leave out, e.g. web's
 * re-exports of Solid's control flow); a shared import of a name nobody calls is harmless, so the shared Solid
 * only carries these. solidSurface.test.ts builds each surface and checks these lists against what it imports.
 */
export const SOLID_NEEDS_OF = {
  'solid-js/web': {
    'solid-js': ['createComponent', 'createMemo', 'createRenderEffect', 'createRoot', 'mergeProps', 'sharedConfig', 'untrack'],
  },
  'solid-js/store': { 'solid-js': ['$PROXY', '$TRACK', 'batch', 'createSignal', 'getListener'] },
  '@solidjs/router': {
    'solid-js': [
      'batch',
      'children',
      'createComponent',
      'createContext',
      'createMemo',
      'createRenderEffect',
      'createRoot',
      'createSignal',
      'getOwner',
      'mergeProps',
      'on',
      'onCleanup',
      'resetErrorBoundaries',
      'runWithOwner',
      'sharedConfig',
      'Show',
      'startTransition',
      'untrack',
      'useContext',
    ],
    'solid-js/web': ['getRequestEvent', 'isServer'],
  },
} as const satisfies Partial<Record<SolidModule, Partial<Record<SolidModule, readonly string[]>>>>;

/** Every name a surface module exports: the apps' list and what the other surfaces call of it (SOLID_NEEDS_OF). */
export function surfaceExports(module: SolidModule): string[] {
  const names = new Set<string>(SOLID_SURFACE[module]);
  for (const needs of Object.values(SOLID_NEEDS_OF) as Partial<Record<SolidModule, readonly string[]>>[])
    needs[module]?.forEach((name) => names.add(name));
  return [...names].sort();
}

/**
 * Writes the three surface modules (`export { … } from '<solid build>'`) and returns their paths, the
 * federation plugin's `packagePath` of each shared Solid module. Written atomically: parts build in parallel.
 */
export function writeSurfaceModules(): Record<SolidModule, string> {
  const dir = join(solidRoot, '..', '.portal-solid-surface');
  mkdirSync(dir, { recursive: true });
  const paths = {} as Record<SolidModule, string>;
  for (const module of SOLID_MODULES) {
    const file = join(dir, `${module.replace(/[@/]/g, '-').replace(/^-/, '')}.js`);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, `export { ${surfaceExports(module).join(', ')} } from ${JSON.stringify(SOLID_FILES[module])};\n`);
    renameSync(temp, file);
    paths[module] = file;
  }
  return paths;
}

/** Solid imports of a module's code that the surface lacks: `import { x } from 'solid-js/web'`, `import * as`. */
export function importsOutsideSurface(code: string): string[] {
  const problems: string[] = [];
  const pattern =
    /(?:import|export)\s*(\*\s*(?:as\s+\w+)?|\{[^}]*\}|\w+\s*,\s*\{[^}]*\}|\w+)?\s*from\s*['"](solid-js(?:\/web|\/store)?|@solidjs\/router)['"]/g;
  for (const match of code.matchAll(pattern)) {
    const module = match[2] as SolidModule;
    const clause = (match[1] ?? '').trim();
    if (clause.startsWith('*') || /^\w+$/.test(clause) || /^\w+\s*,/.test(clause)) {
      problems.push(`a namespace or default import of ${module} (name what is used)`);
      continue;
    }
    for (const part of clause.replace(/[{}]/g, '').split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0];
      if (!name || part.trim().startsWith('type ')) continue;
      if (!(SOLID_SURFACE[module] as readonly string[]).includes(name)) problems.push(`${name} from ${module}`);
    }
  }
  return problems;
}

/** Fails the build of any app whose code (after the Solid JSX transform) imports Solid outside the surface. */
export function solidSurfaceCheck(): Plugin {
  return {
    name: 'portal:solid-surface-check',
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/') || id.startsWith('\0') || !/\.[cm]?[jt]sx?$/.test(id.split('?')[0]!)) return null;
      const problems = importsOutsideSurface(code);
      if (problems.length) {
        this.error(
          `${id} uses Solid outside the shared surface: ${problems.join(', ')}. Add the names to SOLID_SURFACE in portal-build/src/solidSurface.ts (a contract change: deploy the root config first).`,
        );
      }
      return null;
    },
  };
}
