/**
 * Brotli (quality 11) and gzip (level 9) files beside every text file a build writes (.js, .css, .html, .json,
 * .svg), as a CDN would serve them: scripts/static-server.mjs picks one by Accept-Encoding. Files copied from
 * public/ are not the bundle's and are left alone (portal.config.json is edited after a deploy: a compressed
 * copy would go stale).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export const COMPRESSED_TEXT = /\.(?:js|mjs|css|html|json|svg)$/;

export function writeCompressed(file: string): void {
  const body = readFileSync(file);
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  );
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
}

export function precompress(): Plugin {
  return {
    name: 'portal:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      for (const fileName of Object.keys(bundle)) if (COMPRESSED_TEXT.test(fileName)) writeCompressed(join(outDir, fileName));
    },
  };
}
