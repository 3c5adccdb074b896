// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOutsideSurface, ROUTER_SOLID_NEEDS, SOLID_FILES, SOLID_SURFACE, surfaceExports } from './solidSurface';

describe('importsOutsideSurface', () => {
  it('accepts named imports the surface has, renamed or not', () => {
    const code = `import { template as _$template, insert } from "solid-js/web";\nimport { createSignal, Show } from 'solid-js';`;
    expect(importsOutsideSurface(code)).toEqual([]);
  });

  it('names each Solid export the surface lacks, per module', () => {
    const code = `import { createSignal, createSelector } from 'solid-js';\nimport { Portal } from "solid-js/web";\nimport { produce } from 'solid-js/store';`;
    expect(importsOutsideSurface(code)).toEqual([
      'createSelector from solid-js',
      'Portal from solid-js/web',
      'produce from solid-js/store',
    ]);
  });

  it('refuses namespace imports and re-exports outside the surface (they cannot be checked by name)', () => {
    expect(importsOutsideSurface(`import * as web from 'solid-js/web';`)).toEqual([
      'a namespace or default import of solid-js/web (name what is used)',
    ]);
    expect(importsOutsideSurface(`export { untrack } from 'solid-js';`)).toEqual(['untrack from solid-js']);
  });

  it('ignores type-only names and other packages', () => {
    expect(importsOutsideSurface(`import { type Accessor, createMemo } from 'solid-js';\nimport { x } from 'solid-jsx';`)).toEqual([]);
  });
});

describe('surfaceExports', () => {
  it('gives solid-js what Solid’s own web and store builds import from it, beside the apps’ names', () => {
    const core = surfaceExports('solid-js');
    expect(core).toEqual(expect.arrayContaining(['createSignal', 'sharedConfig', 'createRenderEffect', '$PROXY', 'getListener']));
    expect(surfaceExports('solid-js/web')).not.toContain('sharedConfig');
  });
});

describe('the router’s surface', () => {
  it('calls exactly the Solid names ROUTER_SOLID_NEEDS lists, and the shared Solid exports them', async () => {
    const { build } = await import('vite');
    const dir = mkdtempSync(join(tmpdir(), 'router-surface-'));
    try {
      const entry = join(dir, 'surface.js');
      writeFileSync(
        entry,
        `export { ${SOLID_SURFACE['@solidjs/router'].join(', ')} } from ${JSON.stringify(SOLID_FILES['@solidjs/router'])};`,
      );
      const built = await build({
        configFile: false,
        logLevel: 'silent',
        build: { write: false, minify: false, lib: { entry, formats: ['es'] }, rollupOptions: { external: [/^solid-js/] } },
      });
      const chunk = (Array.isArray(built) ? built[0]! : built) as {
        output: { type: string; importedBindings: Record<string, string[]> }[];
      };
      const imported = chunk.output.find((file) => file.type === 'chunk')!.importedBindings;
      expect(Object.keys(imported).sort()).toEqual(['solid-js', 'solid-js/web']);
      for (const module of ['solid-js', 'solid-js/web'] as const) {
        expect([...imported[module]!].sort()).toEqual([...ROUTER_SOLID_NEEDS[module]].sort());
        expect(surfaceExports(module)).toEqual(expect.arrayContaining(imported[module]!));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
