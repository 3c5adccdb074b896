import { describe, expect, it } from 'vitest';
import { browserLocale, createPageTranslator } from './shellTranslator';

describe('browserLocale', () => {
  it('takes the first of the browser languages the shell has a catalog for', () => {
    expect(browserLocale(['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(browserLocale(['en-GB', 'de'])).toBe('en');
  });
  it('falls back to English', () => {
    expect(browserLocale(['fr', 'ja'])).toBe('en');
    expect(browserLocale([])).toBe('en');
  });
});

describe('the page translator', () => {
  it('follows a new locale source, such as shared-auth once it has loaded', () => {
    const i18n = createPageTranslator(() => 'en');
    expect(i18n.t('header.logout')).toBe('Log out');
    i18n.follow(() => 'de');
    expect(i18n.t('header.logout')).toBe('Abmelden');
    expect(i18n.locale()).toBe('de');
  });
});
