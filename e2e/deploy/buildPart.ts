import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Builds one part into a fresh folder, as its team's CI would for a new release; no other part is touched. */
export function buildPart(part: string, env: Record<string, string> = {}): string {
  const outDir = mkdtempSync(join(tmpdir(), `${part}-build-`));
  const cwd = fileURLToPath(new URL(`../../${part}`, import.meta.url));
  execFileSync('node', ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd,
    env: { ...process.env, ...env },
    stdio: 'pipe',
  });
  return outDir;
}
