import { describe, expect, it } from 'vitest';
import { importsOutsideSurface, surfaceExports } from './solidSurface';

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
