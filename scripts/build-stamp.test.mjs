import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT, buildIsCurrent, writeStamp } from './build-stamp.mjs';

/** A workspace with one source file per part and every part built. */
function workspace(t) {
  const root = mkdtempSync(join(tmpdir(), 'build-stamp-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, 'package.json'), '{}');
  for (const dir of [...BUILT, 'portal-contract', 'portal-build', 'portal-ui', 'single-spa-solid']) {
    mkdirSync(join(root, dir, 'src'), { recursive: true });
    writeFileSync(join(root, dir, 'src', 'main.ts'), `export const part = '${dir}';\n`);
  }
  for (const dir of BUILT) mkdirSync(join(root, dir, 'dist'), { recursive: true });
  return root;
}

test('a build is current until a source changes; touching a file or writing dist/ changes nothing', (t) => {
  const root = workspace(t);
  assert.equal(buildIsCurrent(root), false, 'never built');
  writeStamp(root);
  assert.equal(buildIsCurrent(root), true);

  const later = new Date(Date.now() + 60_000);
  utimesSync(join(root, 'auth-mfe/src/main.ts'), later, later);
  writeFileSync(join(root, 'auth-mfe/dist/remoteEntry.js'), 'built');
  writeFileSync(join(root, 'auth-mfe/src/.notes'), 'a hidden file');
  assert.equal(buildIsCurrent(root), true);

  writeFileSync(join(root, 'portal-ui/src/main.ts'), "export const part = 'changed';\n");
  assert.equal(buildIsCurrent(root), false, 'a shared package changed');
  writeStamp(root);
  writeFileSync(join(root, 'root-config/src/new.ts'), 'export {};\n');
  assert.equal(buildIsCurrent(root), false, 'a file was added');
});

test('a missing dist/ means a build, whatever the stamp says', (t) => {
  const root = workspace(t);
  writeStamp(root);
  rmSync(join(root, 'profile-mfe/dist'), { recursive: true });
  assert.equal(buildIsCurrent(root), false);
});
