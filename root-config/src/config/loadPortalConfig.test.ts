import { describe, expect, it } from 'vitest';
import { validatePortalConfig } from './loadPortalConfig';

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

describe('the shipped portal.config.json', () => {
  // It is copied into every build: a developer turns overrides on in their own copy, never in the default.
  it('is valid and keeps developer overrides off', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const shipped: unknown = JSON.parse(readFileSync(resolve(__dirname, '../../public/portal.config.json'), 'utf8'));
    expect(validatePortalConfig(shipped).overrides?.enabled ?? false).toBe(false);
  });
});
