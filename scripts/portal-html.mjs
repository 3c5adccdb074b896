/**
 * The portal's HTML as served: the built index.html with, before </head>,
 * - portal.config.json inline (`<script type="application/json" id="portal-config">`: data, never run, so the
 *   Content-Security-Policy needs no 'unsafe-inline'), which saves the round trip of fetching it;
 * - modulepreload links for everything the page starts with: shared-auth's runtime, the app of the path and
 *   their catalogs in the page's language, from the build manifests the parts deployed beside their entries
 *   (root-config's preload-plan.json, each remote's federation-manifest.json; see
 *   portal-build/src/preloadManifest.ts), so every file is asked for in the first wave after the HTML.
 * Used by static-server.mjs per request and by render-portal-html.mjs (a deploy step for a pure CDN).
 * A manifest that cannot be read only means fewer preloads: the page still loads everything itself.
 */

const MANIFEST_FILE = 'federation-manifest.json';

/** `<` escaped: the JSON can never close its script element. */
export const inlineConfig = (config) =>
  `<script type="application/json" id="portal-config">${JSON.stringify(config).replaceAll('<', '\\u003c')}</script>`;

/** The page's language as the portal will choose it without a remembered choice: config, browser, English. */
export function pageLocale(config, acceptLanguage, locales) {
  if (config.locale && locales.includes(config.locale)) return config.locale;
  for (const part of String(acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase();
    const base = tag.split('-')[0];
    if (locales.includes(tag)) return tag;
    if (locales.includes(base)) return base;
  }
  return locales.includes('en') ? 'en' : locales[0];
}

export const manifestUrl = (entryUrl) => new URL(MANIFEST_FILE, entryUrl).href;

/** Which remotes' exposed modules or chunks the path needs: the plan's `always` and the first route that matches. */
export function wantedFor(plan, path) {
  const wanted = new Map();
  const add = (remotes) => {
    for (const [remote, names] of Object.entries(remotes ?? {})) wanted.set(remote, [...(wanted.get(remote) ?? []), ...names]);
  };
  add(plan.always);
  add(plan.routes.find((route) => route.paths.includes(path))?.remotes);
  return wanted;
}

/**
 * The URLs to modulepreload for `path`, in the order the page needs them. `manifests` maps a remote's name to
 * its manifest (or null when it could not be read); file names are relative to the remote's entry URL.
 */
export function preloadUrls({ config, plan, path, locale, manifests, base = '/' }) {
  const urls = [];
  for (const file of plan.catalogs?.[locale] ?? []) urls.push(`${base}${file}`);
  for (const [remote, names] of wantedFor(plan, path)) {
    const entry = config.remotes[remote];
    if (!entry) continue;
    urls.push(entry);
    const manifest = manifests.get(remote);
    if (!manifest) continue;
    const files = names.flatMap((name) => manifest.exposes[name] ?? manifest.chunks[name] ?? []);
    if (names.some((name) => name in manifest.exposes)) files.push(...(manifest.catalogs[locale] ?? []));
    for (const file of files) urls.push(new URL(file, entry).href);
  }
  return [...new Set(urls)];
}

const START = '<!-- portal: config and preloads -->';
const END = '<!-- /portal -->';

/** The HTML with the config and the preload links before </head> (in place of ones rendered before). */
export function renderPortalHtml(html, { config, urls }) {
  const attr = (url) => url.replaceAll('"', '%22');
  const links = urls.map((url) => `<link rel="modulepreload" href="${attr(url)}">`);
  // the API's connection opens while the code loads (the client's fetches carry no credentials)
  const api = `<link rel="preconnect" href="${attr(new URL(config.altogic.envUrl).origin)}" crossorigin>`;
  const block = [START, inlineConfig(config), api, ...links, END].join('\n    ');
  const at = html.indexOf(START);
  const done = html.indexOf(END);
  if (at >= 0 && done > at) return `${html.slice(0, at)}${block}${html.slice(done + END.length)}`;
  return html.replace('</head>', `    ${block}\n  </head>`);
}

/** Everything the HTML of `path` needs, manifests fetched through `readManifest(url)` (null when unreadable). */
export async function portalHtml(html, { config, plan, path, acceptLanguage, readManifest }) {
  if (!plan) return renderPortalHtml(html, { config, urls: [] });
  const locales = Object.keys(plan.catalogs ?? {});
  const locale = pageLocale(config, acceptLanguage, locales.length ? locales : ['en']);
  const manifests = new Map();
  await Promise.all(
    [...wantedFor(plan, path).keys()].map(async (remote) => {
      const entry = config.remotes[remote];
      manifests.set(remote, entry ? await readManifest(manifestUrl(entry)) : null);
    }),
  );
  return renderPortalHtml(html, { config, urls: preloadUrls({ config, plan, path, locale, manifests }) });
}
