/**
 * Content negotiation of the static server, as a CDN does it: a build writes `x.js.br` and `x.js.gz` beside
 * `x.js` (portal-build/src/precompress.ts); a request whose Accept-Encoding takes brotli gets the .br,
 * else one taking gzip the .gz, else the file itself. Every response of a compressible type says
 * `Vary: Accept-Encoding`, whichever it got. Content-Type and caching are the original file's.
 */
import { stat } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Ours first: brotli is smaller, gzip is understood everywhere. */
const SERVER_ORDER = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
];

export const COMPRESSIBLE_TYPE = /^(?:text\/|application\/json|image\/svg\+xml)/;

/**
 * The encodings a request accepts (RFC 9110 §12.5.3), in our order of preference: a coding is taken when it is
 * listed with q > 0, or `*` is (q > 0) and it is not listed; `q=0` refuses it.
 */
export function acceptedEncodings(header) {
  const weights = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const wildcard = weights.get('*') ?? 0;
  return SERVER_ORDER.filter(
    ({ encoding }) => (weights.get(encoding) ?? (encoding === 'gzip' ? weights.get('x-gzip') : undefined) ?? wildcard) > 0,
  );
}

/**
 * The file to send for `file` (already resolved and stat'ed as `info`): its precompressed sibling when the
 * request takes that encoding and the sibling is not older than the file (a file edited after the build, such
 * as portal.config.json, is never served from a stale copy), else the file itself.
 */
export async function negotiateFile(file, info, acceptEncoding) {
  for (const { encoding, suffix } of acceptedEncodings(acceptEncoding)) {
    const sibling = await stat(`${file}${suffix}`).catch(() => null);
    if (sibling?.isFile() && sibling.mtimeMs >= info.mtimeMs) return { path: `${file}${suffix}`, encoding, size: sibling.size };
  }
  return { path: file, encoding: null, size: info.size };
}

/** A body made at request time (the portal's HTML with its config), compressed fast for the request. */
export function compressBody(body, acceptEncoding) {
  const [best] = acceptedEncodings(acceptEncoding);
  if (!best) return { body, encoding: null };
  if (best.encoding === 'br')
    return { body: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }), encoding: 'br' };
  return { body: gzipSync(body, { level: 6 }), encoding: 'gzip' };
}

/** Adds a field to the response's Vary without dropping the ones already set (CORS sets `Origin`). */
export function addVary(res, field) {
  const current = String(res.getHeader('Vary') ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (!current.some((v) => v.toLowerCase() === field.toLowerCase())) current.push(field);
  res.setHeader('Vary', current.join(', '));
}
