import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from 'portal-contract';
import { catalogProblems } from 'portal-ui/catalog-problems';
import { authCatalogs } from './catalogs';
import en from './en';
import de from './de';

// de.ts is typed against en.ts, so a missing or extra key already fails the typecheck; this checks it at run
// time too, and what types cannot: no empty message, the same placeholders in every language.
describe('auth-mfe catalogs', () => {
  it('a loader for every supported locale, and nothing else', () => {
    expect(Object.keys(authCatalogs).sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  it('every locale has the keys of en (portal-ui’s included), none empty, the same placeholders', () => {
    expect(catalogProblems({ en, de })).toEqual([]);
  });
});
