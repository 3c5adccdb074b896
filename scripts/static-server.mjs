#!/usr/bin/env node
/**
 * The production static server of every part: one folder on one port.
 * - remoteEntry.js, HTML, portal.config.json and version.json: `Cache-Control: no-cache` (deploy skew, docs/pitfalls.md #6);
 *   other files carry a content hash and are `immutable`.
 * - CORS for module loads from the allowed origins only (never credentials).
 * - With `spa`, unknown paths answer index.html with a Content-Security-Policy built from portal.config.json.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { addVary, compressBody, COMPRESSIBLE_TYPE, negotiateFile } from './compression.mjs';
import { manifestReader } from './manifest-reader.mjs';
import { portalHtml } from './portal-html.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const NO_CACHE = new Set(['remoteEntry.js', 'portal.config.json', 'version.json']);

const origin = (url) => new URL(url).origin;

/** CSP for the portal's HTML: exactly the remote origins and the Altogic envUrl (docs/security.md B4). */
export function portalCsp(config) {
  const overrideOrigins = config.overrides?.enabled ? config.overrides.allowedOrigins : [];
  const remotes = [...new Set([...Object.values(config.remotes).map(origin), ...overrideOrigins])].join(' ');
  const api = origin(config.altogic.envUrl);
  return [
    "default-src 'self'",
    `script-src 'self' ${remotes}`,
    `connect-src 'self' ${remotes} ${api}`,
    `img-src 'self' data: blob: ${api}`,
    // Micro-frontends render their scoped CSS in <style> elements, and Solid sets style attributes.
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** `%2e` in any case, also encoded again (`%252e`, `%25252e`…): a dot that hides from the path checks. */
const ENCODED_DOT = /%(25)*2e/i;

/**
 * The decoded path of a request target, or null when it must be refused with 400: not origin-form, malformed
 * percent-encoding, a NUL byte, an encoded dot, or a `.`/`..` segment (only reachable through an encoded slash, since
 * clients resolve literal ones). Never throws.
 */
export function requestPath(target) {
  const raw = target.split(/[?#]/, 1)[0];
  if (!raw.startsWith('/') || raw.startsWith('//') || ENCODED_DOT.test(raw)) return null;
  let path;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (path.includes('\0') || ENCODED_DOT.test(path)) return null;
  if (path.split(/[/\\]/).some((segment) => segment === '.' || segment === '..')) return null;
  return path;
}

/** The file a decoded path names under rootDir, or null when it would leave it (siblings such as `dist-private` too). */
export function fileInRoot(rootDir, path) {
  const file = join(rootDir, path);
  return file === rootDir || file.startsWith(rootDir + sep) ? file : null;
}

export function createStaticServer({ dir, spa = false, corsOrigins = [] }) {
  const rootDir = resolve(dir);
  const readManifest = spa ? manifestReader() : null;
  return createServer((req, res) => {
    serve(req, res).catch((error) => {
      console.error(`request failed: ${error.code ?? error.message}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Server error');
      else res.destroy();
    });
  });

  async function serve(req, res) {
    const requestOrigin = req.headers.origin;
    if (requestOrigin && (corsOrigins.includes('*') || corsOrigins.includes(requestOrigin))) {
      res.setHeader('Access-Control-Allow-Origin', requestOrigin);
      res.setHeader('Vary', 'Origin');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(req.method === 'OPTIONS' ? 204 : 405).end();
      return;
    }
    const path = requestPath(req.url ?? '/');
    if (path === null) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    let file = fileInRoot(rootDir, path);
    if (file === null) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info && spa && !extname(path)) {
      file = join(rootDir, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const name = file.slice(file.lastIndexOf('/') + 1);
    const headers = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': type.startsWith('text/html') || NO_CACHE.has(name) ? 'no-cache' : 'public, max-age=31536000, immutable',
    };
    if (type.startsWith('text/html') && spa) {
      const config = JSON.parse(await readFile(join(rootDir, 'portal.config.json'), 'utf8').catch(() => 'null'));
      if (config) headers['Content-Security-Policy'] = portalCsp(config);
      const html = await readFile(file, 'utf8');
      sendBody(req, res, headers, config ? await withConfigAndPreloads(html, config, rootDir, req, readManifest) : html);
      return;
    }
    await sendFile(req, res, headers, file, info);
  }
}

/** The portal's HTML with portal.config.json inline and preloads of what the path starts (portal-html.mjs). */
async function withConfigAndPreloads(html, config, rootDir, req, readManifest) {
  const plan = JSON.parse(await readFile(join(rootDir, 'preload-plan.json'), 'utf8').catch(() => 'null'));
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  return portalHtml(html, { config, plan, path, acceptLanguage: req.headers['accept-language'], readManifest });
}

/** A file as built, or its precompressed sibling that the request accepts (compression.mjs). */
async function sendFile(req, res, headers, file, info) {
  const compressible = COMPRESSIBLE_TYPE.test(headers['Content-Type']);
  if (compressible) addVary(res, 'Accept-Encoding');
  const chosen = compressible
    ? await negotiateFile(file, info, req.headers['accept-encoding'])
    : { path: file, encoding: null, size: info.size };
  if (chosen.encoding) headers['Content-Encoding'] = chosen.encoding;
  headers['Content-Length'] = chosen.size;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : await readFile(chosen.path));
}

/** A body made for this request (the portal's HTML), compressed for it. */
function sendBody(req, res, headers, raw) {
  addVary(res, 'Accept-Encoding');
  const { body, encoding } = compressBody(raw, req.headers['accept-encoding']);
  if (encoding) headers['Content-Encoding'] = encoding;
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      port: { type: 'string' },
      spa: { type: 'boolean', default: false },
      cors: { type: 'string', default: '' },
    },
  });
  if (!values.dir || !values.port) {
    console.error('usage: static-server.mjs --dir DIR --port PORT [--spa] [--cors origin1,origin2]');
    process.exit(2);
  }
  const server = createStaticServer({ dir: values.dir, spa: values.spa, corsOrigins: values.cors.split(',').filter(Boolean) });
  server.listen(Number(values.port), () => console.log(`serving ${values.dir} on http://localhost:${server.address().port}`));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
