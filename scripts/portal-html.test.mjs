// node --test scripts/: the portal's HTML with its config inline and the preloads of the path (portal-html.mjs).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inlineConfig, pageLocale, portalHtml } from './portal-html.mjs';

const config = {
  altogic: { envUrl: 'http://api.test', clientKey: 'k' },
  remotes: {
    'shared-auth': 'http://shared.test/v2/remoteEntry.js',
    'auth-mfe': 'http://auth.test/remoteEntry.js',
    'profile-mfe': 'http://profile.test/remoteEntry.js',
  },
};
const plan = {
  always: { 'shared-auth': ['./runtime'] },
  routes: [
    { paths: ['/', '/login'], remotes: { 'auth-mfe': ['./app'] } },
    { paths: ['/profile'], remotes: { 'profile-mfe': ['./app'], 'shared-auth': ['realClient'] } },
  ],
  catalogs: { en: ['assets/en-1.js'], de: ['assets/de-1.js'] },
  shared: { '@solidjs/router': ['assets/router-1.js', 'assets/fn-1.js'], 'solid-js': ['assets/solid-1.js'] },
};
const manifests = {
  'http://shared.test/v2/federation-manifest.json': {
    exposes: { './runtime': ['Runtime-1.js', 'fn-1.js'] },
    catalogs: {},
    chunks: { realClient: ['realClient-1.js'] },
  },
  'http://auth.test/federation-manifest.json': {
    exposes: { './app': ['App-a.js', 'Login-a.js'], './parcels': ['Parcels-a.js'] },
    catalogs: { en: ['en-a.js'], de: ['de-a.js'] },
    chunks: { AuthRedirect: ['AuthRedirect-a.js'] },
    shared: { './app': ['solid-js', '@solidjs/router'], './parcels': ['solid-js'] },
  },
};
const html = '<html><head><title>Portal</title></head><body></body></html>';
const read = async (url) => manifests[url] ?? null;
const preloads = (out) => [...out.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);

describe('portalHtml', () => {
  test('/login: the config inline, shared-auth runtime, auth-mfe app and both catalogs in the page language', async () => {
    const out = await portalHtml(html, { config, plan, path: '/login', acceptLanguage: 'de-DE,de;q=0.9,en;q=0.5', readManifest: read });
    assert.match(out, /<script type="application\/json" id="portal-config">\{"altogic"/);
    assert.deepEqual(preloads(out), [
      '/assets/de-1.js',
      'http://shared.test/v2/remoteEntry.js',
      'http://shared.test/v2/Runtime-1.js',
      'http://shared.test/v2/fn-1.js',
      'http://auth.test/remoteEntry.js',
      'http://auth.test/App-a.js',
      'http://auth.test/Login-a.js',
      'http://auth.test/de-a.js',
      '/assets/solid-1.js',
      '/assets/router-1.js',
      '/assets/fn-1.js',
    ]);
    assert.ok(out.indexOf('</head>') > out.lastIndexOf('modulepreload'));
  });

  test("the host's shared modules a remote imports, once: those the built HTML preloads already are left out", async () => {
    const built = html.replace('</head>', '<link rel="modulepreload" href="/assets/solid-1.js"></head>');
    const out = await portalHtml(built, { config, plan, path: '/login', acceptLanguage: 'en', readManifest: read });
    assert.equal(preloads(out).filter((u) => u === '/assets/solid-1.js').length, 1);
    assert.ok(preloads(out).includes('/assets/router-1.js'));
    const again = await portalHtml(out, { config, plan, path: '/login', acceptLanguage: 'en', readManifest: read });
    assert.deepEqual(preloads(again), preloads(out));
  });

  test('/profile: profile-mfe and the Altogic client chunk; a manifest that cannot be read leaves the entry alone', async () => {
    const out = await portalHtml(html, { config, plan, path: '/profile', acceptLanguage: 'en', readManifest: read });
    assert.deepEqual(preloads(out), [
      '/assets/en-1.js',
      'http://shared.test/v2/remoteEntry.js',
      'http://shared.test/v2/Runtime-1.js',
      'http://shared.test/v2/fn-1.js',
      'http://shared.test/v2/realClient-1.js',
      'http://profile.test/remoteEntry.js',
    ]);
  });

  test('a path of no app: shared-auth only; no plan: the config alone', async () => {
    const out = await portalHtml(html, { config, plan, path: '/nowhere', acceptLanguage: '', readManifest: read });
    assert.equal(preloads(out).filter((u) => u.includes('auth.test') || u.includes('profile.test')).length, 0);
    const bare = await portalHtml(html, { config, plan: null, path: '/login', readManifest: read });
    assert.deepEqual(preloads(bare), []);
    assert.match(bare, /id="portal-config"/);
  });
});

describe('renderPortalHtml', () => {
  test('rendering a rendered page replaces its config and preloads (a CDN deploy step run again)', async () => {
    const once = await portalHtml(html, { config, plan, path: '/login', readManifest: read });
    const edited = { ...config, remotes: { ...config.remotes, 'auth-mfe': 'http://auth2.test/remoteEntry.js' } };
    const twice = await portalHtml(once, { config: edited, plan, path: '/login', readManifest: read });
    assert.equal(twice.match(/id="portal-config"/g).length, 1);
    assert.ok(preloads(twice).includes('http://auth2.test/remoteEntry.js'));
    assert.ok(!preloads(twice).includes('http://auth.test/remoteEntry.js'));
  });
});

describe('pageLocale', () => {
  test("the config's locale, else the browser's first supported one, else English", () => {
    assert.equal(pageLocale({ locale: 'de' }, 'en-US', ['en', 'de']), 'de');
    assert.equal(pageLocale({}, 'fr-FR, de-AT;q=0.8, en;q=0.5', ['en', 'de']), 'de');
    assert.equal(pageLocale({}, 'fr', ['en', 'de']), 'en');
    assert.equal(pageLocale({}, undefined, ['en', 'de']), 'en');
  });
});

describe('inlineConfig', () => {
  test('a value holding </script> cannot end the element', () => {
    const out = inlineConfig({ outboxUrl: 'http://x.test/</script><script>alert(1)</script>' });
    assert.equal(out.match(/<\/script>/g).length, 1);
    assert.deepEqual(JSON.parse(out.slice(out.indexOf('>') + 1, out.lastIndexOf('<'))), {
      outboxUrl: 'http://x.test/</script><script>alert(1)</script>',
    });
  });
});
