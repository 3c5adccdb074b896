import { describe, expect, it } from 'vitest';
import { acceptedLocale, mailLocale, supportedLocale } from './locale.ts';

describe('supportedLocale', () => {
  it('reads the primary subtag of a supported language', () => {
    expect(supportedLocale('de-AT')).toBe('de');
    expect(supportedLocale('EN_gb')).toBe('en');
  });

  it('is null for anything else', () => {
    expect(supportedLocale('fr')).toBeNull();
    expect(supportedLocale('')).toBeNull();
    expect(supportedLocale(42)).toBeNull();
  });
});

describe('acceptedLocale', () => {
  it('takes the most preferred supported language', () => {
    expect(acceptedLocale('fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7')).toBe('de');
    expect(acceptedLocale('en;q=0.5, de')).toBe('de');
    expect(acceptedLocale('de-DE,de;q=0.9,en;q=0.8')).toBe('de');
  });

  it('skips refused (q=0) and unsupported languages', () => {
    expect(acceptedLocale('de;q=0, en;q=0.1')).toBe('en');
    expect(acceptedLocale('fr, it')).toBeNull();
    expect(acceptedLocale(undefined)).toBeNull();
  });
});

describe('mailLocale', () => {
  const request = (language?: string) => ({ headers: language ? { 'accept-language': language } : {} });

  it("prefers the user's stored locale over the browser's", () => {
    expect(mailLocale({ locale: 'de' }, request('en-US'))).toBe('de');
  });

  it("falls back to the request's Accept-Language, then English", () => {
    expect(mailLocale({ locale: null }, request('de-CH'))).toBe('de');
    expect(mailLocale(undefined, request('fr'))).toBe('en');
    expect(mailLocale(null, request())).toBe('en');
  });
});
