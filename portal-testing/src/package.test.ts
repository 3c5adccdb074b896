// The package as a consumer outside this repository gets it: `pnpm pack` (publishConfig's exports to dist/), then a
// project with only the tarball and @playwright/test typechecks against it (NodeNext) and runs the plain functions.
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from './testing/backend.ts';

const kit = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
/** The pnpm running the tests (also when it came through npx and is not on PATH). */
const execPath = process.env['npm_execpath'];
const pnpm = (args: string[]) =>
  execPath && /pnpm/.test(execPath) && /\.c?js$/.test(execPath)
    ? execFileSync(process.execPath, [execPath, ...args], { cwd: kit, stdio: 'pipe' })
    : execFileSync('pnpm', args, { cwd: kit, stdio: 'pipe' });

const CONSUMER = `
import { test, expect, createVerifiedAccount, type Account, type Outbox } from 'portal-testing';
import { connectPortal, mailLink, saveStorageState, type SignedIn } from 'portal-testing/node';

test('typed fixtures', async ({ signedInPage, account, outbox, resetBackend, portal }) => {
  const a: Account = account;
  const box: Outbox = outbox;
  const link: string = await box.nextLink(a.email, { action: 'magic-link', timeout: 10_000 });
  await signedInPage.goto(link);
  await resetBackend({ email: a.email });
  expect(await createVerifiedAccount(portal, 'x')).toHaveProperty('userId');
});
const signedIn: Promise<SignedIn> = saveStorageState(connectPortal('http://localhost:9000'), { path: 'state.json' });
const link: Promise<string> = mailLink(connectPortal('http://localhost:9000'), 'a@b.test', 'reset-pwd');
// @ts-expect-error an unknown mail action is refused
void mailLink(connectPortal('http://localhost:9000'), 'a@b.test', 'reset-password');
void signedIn;
void link;
`;

describe('the packed package', () => {
  let consumer: string;
  let t: TestBackend;
  beforeAll(async () => {
    pnpm(['run', 'build']);
    const work = await mkdtemp(join(tmpdir(), 'kit-pack-'));
    pnpm(['pack', '--pack-destination', work]);
    const tarball = (await readdir(work)).find((file) => file.endsWith('.tgz'))!;
    consumer = join(work, 'consumer');
    const installed = join(consumer, 'node_modules', 'portal-testing');
    await mkdir(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', installed, '--strip-components=1']);
    await mkdir(join(consumer, 'node_modules', '@playwright'), { recursive: true });
    await mkdir(join(consumer, 'node_modules', '@types'), { recursive: true });
    await symlink(packageDir('@playwright/test'), join(consumer, 'node_modules', '@playwright', 'test'));
    await symlink(packageDir('playwright'), join(consumer, 'node_modules', 'playwright'));
    await symlink(packageDir('@types/node'), join(consumer, 'node_modules', '@types', 'node'));
    await writeFile(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module' }));
    t = await startTestBackend();
  }, 120_000);
  afterAll(() => t?.close());

  it('ships dist/ only, with exports to built files that do not import workspace packages', async () => {
    const installed = join(consumer, 'node_modules', 'portal-testing');
    const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8')) as {
      exports: Record<string, { types: string; default: string }>;
      devDependencies?: unknown;
    };
    expect(Object.keys(manifest.exports)).toEqual(['.', './node', './axe']);
    for (const entry of Object.values(manifest.exports)) {
      expect(entry.default).toMatch(/^\.\/dist\/.*\.js$/);
      await readFile(join(installed, entry.types), 'utf8');
    }
    const files = await readdir(join(installed, 'dist'), { recursive: true });
    expect(files.some((file) => file.startsWith('..') || file.includes('src'))).toBe(false);
    for (const file of files.filter((f) => f.endsWith('.js') || f.endsWith('.d.ts'))) {
      const text = await readFile(join(installed, 'dist', file), 'utf8');
      const imports = [...text.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]!);
      expect(
        imports.filter(
          (s) => !s.startsWith('.') && !s.startsWith('node:') && !s.startsWith('@playwright/') && s !== '@axe-core/playwright',
        ),
        file,
      ).toEqual([]);
    }
  });

  it('typechecks a consumer with NodeNext resolution and strict settings', async () => {
    await writeFile(join(consumer, 'consumer.ts'), CONSUMER);
    await writeFile(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          strict: true,
          noEmit: true,
          types: ['node'],
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = join(packageDir('typescript'), 'bin', 'tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', consumer], { stdio: 'pipe' })).not.toThrow();
  });

  it('runs the plain functions from the built code against altogic-local', async () => {
    const script = `
      import { connectPortal, createVerifiedAccount, signIn } from 'portal-testing/node';
      const portal = connectPortal(${JSON.stringify(t.portalUrl)});
      const account = await createVerifiedAccount(portal, 'packed');
      const signedIn = await signIn(portal, account);
      console.log(JSON.stringify(signedIn.localStorage.map((entry) => entry.name)));
    `;
    // asynchronously: the test's own portal server must answer while the script runs
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect(JSON.parse(stdout)).toEqual(['shared-auth:session', 'shared-auth:user']);
  });
});
