#!/usr/bin/env node
/**
 * The deploy step of a portal served by a pure CDN (no server of ours in front of its HTML): renders, from what
 * is deployed, the HTML scripts/static-server.mjs would send per request — portal.config.json inline and
 * modulepreload links for shared-auth, the path's app and their catalogs, read from the remotes' deployed
 * federation-manifest.json files (see README, "A shallow start").
 *
 *   node scripts/render-portal-html.mjs --dir root-config/dist [--out DIR] [--locale de]
 *
 * Writes `index.html` (the SPA fallback, for `/`) and `<path>/index.html` for every other path of
 * preload-plan.json (e.g. `login/index.html`; a CDN serves `/login` from it), and prints the
 * Content-Security-Policy header the CDN must send with them. It rebuilds nothing: run it again after
 * deploying any part or editing portal.config.json (a stale page only preloads old files; the page still
 * loads what portal.config.json names); each run replaces what the last one wrote.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { portalHtml } from './portal-html.mjs';
import { portalCsp } from './static-server.mjs';

const { values } = parseArgs({ options: { dir: { type: 'string' }, out: { type: 'string' }, locale: { type: 'string' } } });
if (!values.dir) {
  console.error('usage: render-portal-html.mjs --dir DIR [--out DIR] [--locale CODE]');
  process.exit(2);
}
const dir = values.dir;
const out = values.out ?? dir;
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const config = JSON.parse(readFileSync(join(dir, 'portal.config.json'), 'utf8'));
const plan = JSON.parse(readFileSync(join(dir, 'preload-plan.json'), 'utf8'));

const readManifest = async (url) => {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    if (response.ok) return await response.json();
    console.warn(`${url} answered ${response.status}: no preloads from it`);
  } catch (error) {
    console.warn(`${url}: ${error.message}: no preloads from it`);
  }
  return null;
};

const paths = ['/', ...new Set(plan.routes.flatMap((route) => route.paths).filter((path) => path !== '/'))];
for (const path of paths) {
  const page = await portalHtml(html, { config, plan, path, acceptLanguage: values.locale ?? '', readManifest });
  const target = path === '/' ? join(out, 'index.html') : join(out, path.slice(1), 'index.html');
  mkdirSync(join(target, '..'), { recursive: true });
  writeFileSync(target, page);
  console.log(`wrote ${target}`);
}
console.log(`\nContent-Security-Policy: ${portalCsp(config)}`);
