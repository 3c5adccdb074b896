import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPortalConfig, validatePortalConfig } from './loadPortalConfig';

const valid = {
  altogic: { envUrl: 'http://localhost:4000', clientKey: 'k' },
  remotes: {
    'shared-auth': 'http://localhost:9003/remoteEntry.js',
    'auth-mfe': 'http://localhost:9001/remoteEntry.js',
    'profile-mfe': 'http://localhost:9002/remoteEntry.js',
  },
};

describe('validatePortalConfig', () => {
  it('accepts a complete config', () => {
    expect(validatePortalConfig(valid)).toEqual(valid);
  });
  it('names every problem of a broken config at once', () => {
    expect(() => validatePortalConfig({ altogic: { envUrl: 'ftp://x', clientKey: '' }, remotes: {} })).toThrow(
      /envUrl.*clientKey.*shared-auth.*auth-mfe.*profile-mfe/,
    );
  });
  it('accepts a supported locale and consent links that are http(s) URLs or paths on the portal', () => {
    const config = { ...valid, locale: 'de', consent: { termsUrl: 'https://example.com/terms', privacyUrl: '/privacy' } };
    expect(validatePortalConfig(config)).toEqual(config);
    expect(validatePortalConfig({ ...valid, consent: { privacyUrl: 'http://localhost:9000/privacy' } }).consent).toEqual({
      privacyUrl: 'http://localhost:9000/privacy',
    });
  });
  it.each(['fr', 'de-DE', 'DE', '', 7])('refuses the locale %j, naming the supported ones', (locale) => {
    expect(() => validatePortalConfig({ ...valid, locale })).toThrow(/locale must be one of en, de/);
  });
  it.each(['javascript:alert(1)', '//evil.test/terms', '/\\evil.test', 'terms.html', 'ftp://example.com/terms', 42])(
    'refuses the consent link %j',
    (termsUrl) => {
      expect(() => validatePortalConfig({ ...valid, consent: { termsUrl, privacyUrl: '/privacy' } })).toThrow(
        'consent.termsUrl must be an http(s) URL or a path starting with /',
      );
    },
  );
  it('refuses consent without any link', () => {
    for (const consent of [{}, null, 'https://example.com/terms']) {
      expect(() => validatePortalConfig({ ...valid, consent })).toThrow(/consent must be \{ termsUrl\?, privacyUrl\? \}/);
    }
  });
  it('refuses something that is not an object', () => {
    expect(() => validatePortalConfig(null)).toThrow('portal.config.json is invalid');
  });
});

describe('loadPortalConfig', () => {
  afterEach(() => {
    document.getElementById('portal-config')?.remove();
    vi.unstubAllGlobals();
  });
  const inline = (text: string, type = 'application/json') => {
    const script = document.createElement('script');
    script.id = 'portal-config';
    script.type = type;
    script.textContent = text;
    document.head.append(script);
  };
  const fetchOf = (body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status: 200 }));

  it('reads the config the server wrote into the page, without fetching it', async () => {
    const fetch = fetchOf({});
    vi.stubGlobal('fetch', fetch);
    inline(JSON.stringify({ ...valid, locale: 'de' }));
    expect(await loadPortalConfig()).toEqual({ ...valid, locale: 'de' });
    expect(fetch).not.toHaveBeenCalled();
  });
  it('validates the inline copy like a fetched one', async () => {
    inline(JSON.stringify({ ...valid, locale: 'fr' }));
    await expect(loadPortalConfig()).rejects.toThrow(/locale must be one of/);
    document.getElementById('portal-config')?.remove();
    inline('{ not json');
    await expect(loadPortalConfig()).rejects.toThrow(/is not JSON/);
  });
  it('fetches portal.config.json when the page has no copy (or one that is not JSON data)', async () => {
    const fetch = fetchOf(valid);
    vi.stubGlobal('fetch', fetch);
    inline(JSON.stringify({ ...valid, locale: 'de' }), 'text/plain');
    expect(await loadPortalConfig()).toEqual(valid);
    expect(fetch).toHaveBeenCalledWith('/portal.config.json', { cache: 'no-cache' });
  });
});

describe('the shipped portal.config.json', () => {
  // It is copied into every build: a developer turns overrides on in their own copy, never in the default.
  it('is valid and keeps developer overrides off', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const shipped: unknown = JSON.parse(readFileSync(resolve(__dirname, '../../public/portal.config.json'), 'utf8'));
    expect(validatePortalConfig(shipped).overrides?.enabled ?? false).toBe(false);
  });
});
