import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { sharedImportsOf, staticClosure } from './preloadManifest';

const chunk = (fileName: string, code: string, imports: string[] = []) =>
  ({ type: 'chunk', fileName, code, imports }) as unknown as Rollup.OutputChunk;

const bundle: Rollup.OutputBundle = {
  'App-1.js': chunk('App-1.js', 'import{importShared as e}from"./fn-1.js";const{A:t}=await e("@solidjs/router");', [
    'fn-1.js',
    'Login-1.js',
  ]),
  'Login-1.js': chunk('Login-1.js', 'const{template:u}=await e( "solid-js/web" ),x="portal-ui";', ['fn-1.js']),
  'fn-1.js': chunk('fn-1.js', 'export const importShared=()=>{};', ['__federation_shared_solid-js-1.js']),
  '__federation_shared_solid-js-1.js': chunk('__federation_shared_solid-js-1.js', 'export{}'),
};

describe('the shared modules an exposed module imports', () => {
  it('are the names its files load through the share scope, in the order of the shared config', () => {
    const files = staticClosure(bundle, 'App-1.js');
    expect(files).toEqual(['App-1.js', 'fn-1.js', 'Login-1.js']);
    expect(sharedImportsOf(bundle, files, ['solid-js', 'solid-js/web', '@solidjs/router', 'portal-ui'])).toEqual([
      'solid-js/web',
      '@solidjs/router',
    ]);
  });

  it('never count a name that is only a string of the code, nor anything when nothing is shared', () => {
    expect(sharedImportsOf(bundle, ['Login-1.js'], ['portal-ui'])).toEqual([]);
    expect(sharedImportsOf(bundle, ['App-1.js'], [])).toEqual([]);
  });
});
