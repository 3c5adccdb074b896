// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOutsideSurface, SOLID_FILES, SOLID_NEEDS_OF, SOLID_SURFACE, surfaceExports, type SolidModule } from './solidSurface';

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
  it('gives solid-js what the web, store and router surfaces call of it, beside the apps’ names', () => {
    const core = surfaceExports('solid-js');
    expect(core).toEqual(expect.arrayContaining(['createSignal', 'sharedConfig', 'createRenderEffect', '$PROXY', 'getListener']));
    expect(surfaceExports('solid-js/web')).not.toContain('sharedConfig');
    // web re-exports Solid's control flow, but its surface leaves those out: the shared solid-js need not carry them
    expect(core).not.toContain('SuspenseList');
  });
});

describe('the surfaces built on the shared Solid', () => {
  const built = Object.keys(SOLID_NEEDS_OF) as (keyof typeof SOLID_NEEDS_OF)[];
  it.each(built)(
    '%s calls exactly the Solid names SOLID_NEEDS_OF lists, and the shared Solid exports them',
    async (surface) => {
      const { build } = await import('vite');
      const dir = mkdtempSync(join(tmpdir(), 'solid-surface-'));
      try {
        const entry = join(dir, 'surface.js');
        writeFileSync(entry, `export { ${SOLID_SURFACE[surface].join(', ')} } from ${JSON.stringify(SOLID_FILES[surface])};`);
        const output = await build({
          configFile: false,
          logLevel: 'silent',
          build: { write: false, minify: false, lib: { entry, formats: ['es'] }, rollupOptions: { external: [/^solid-js/] } },
        });
        const chunk = (Array.isArray(output) ? output[0]! : output) as {
          output: { type: string; importedBindings: Record<string, string[]> }[];
        };
        const imported = chunk.output.find((file) => file.type === 'chunk')!.importedBindings;
        const needs: Partial<Record<SolidModule, readonly string[]>> = SOLID_NEEDS_OF[surface];
        expect(Object.keys(imported).sort()).toEqual(Object.keys(needs).sort());
        for (const module of Object.keys(needs) as SolidModule[]) {
          expect([...imported[module]!].sort()).toEqual([...needs[module]!].sort());
          expect(surfaceExports(module)).toEqual(expect.arrayContaining(imported[module]!));
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
