import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from 'portal-contract';
import { catalogProblems } from 'portal-ui/catalog-problems';
import { LOCALES, shellCatalogs } from './catalogs';
import en from './en';
import de from './de';

// de.ts is typed against en.ts, so a missing or extra key already fails the typecheck; this checks it at run
// time too, and what types cannot: no empty message, the same placeholders in every language. Every catalog
// of LOCALES is loaded, so a new language is checked without touching this file.
describe('shell catalogs', () => {
  it('a locale, with its name and its loader, for every supported locale and nothing else', () => {
    expect(Object.keys(LOCALES).sort()).toEqual([...SUPPORTED_LOCALES].sort());
    expect(Object.keys(shellCatalogs).sort()).toEqual([...SUPPORTED_LOCALES].sort());
    expect(LOCALES.de.name).toBe('Deutsch');
  });

  it('each loader loads its own catalog', async () => {
    expect((await shellCatalogs.en()).default).toBe(en);
    expect((await shellCatalogs['de']!()).default).toBe(de);
  });

  it('every locale has the keys of en, none empty, the same placeholders', async () => {
    const catalogs = Object.fromEntries(
      await Promise.all(Object.entries(LOCALES).map(async ([locale, { load }]) => [locale, (await load()).default] as const)),
    );
    expect(Object.keys(catalogs)).toContain('de');
    expect(catalogProblems(catalogs)).toEqual([]);
  });
});
