import { describe, expect, it } from 'vitest';
import { createRoot } from 'solid-js';
import { createTranslator, loadCatalog } from 'portal-ui';
import { AUTH_PATHS, PROFILE_PATHS } from 'portal-contract';
import { shellCatalogs } from '../i18n/catalogs';
import { pageTitle } from './pageTitle';

async function translatorIn(locale: string) {
  await loadCatalog(shellCatalogs, locale);
  return createRoot(() => createTranslator(shellCatalogs, () => locale));
}

describe('pageTitle', () => {
  it('names the route and the portal, in the page language', async () => {
    const en = await translatorIn('en');
    const de = await translatorIn('de');
    expect(pageTitle('/login', en.t)).toBe('Log in · Portal');
    expect(pageTitle('/profile', de.t)).toBe('Profil · Portal');
    expect(pageTitle('/profile/security', en.t)).toBe('Account security · Portal');
  });

  it('gives every route a title of its own, and anything else the not-found one', async () => {
    const { t } = await translatorIn('en');
    const titles = [...AUTH_PATHS, ...PROFILE_PATHS].map((path) => pageTitle(path, t));
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).not.toContain('Page not found · Portal');
    expect(pageTitle('/nowhere', t)).toBe('Page not found · Portal');
  });
});
