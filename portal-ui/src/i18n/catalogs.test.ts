import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from 'portal-contract';
import { catalogProblems } from './catalogProblems';
import en from './en';
import de from './de';

// de.ts is typed against en.ts, so a missing or extra key already fails the typecheck; this checks it at run
// time too, and what types cannot: no empty message, the same placeholders in every language.
describe('portal-ui catalogs', () => {
  it('one per supported locale, each with the keys of en, none empty, same placeholders', () => {
    const catalogs = { en, de };
    expect(Object.keys(catalogs).sort()).toEqual([...SUPPORTED_LOCALES].sort());
    expect(catalogProblems(catalogs)).toEqual([]);
  });

  it('reports what is wrong', () => {
    expect(catalogProblems({ en: { a: 'A {n}', b: 'B' }, de: { a: 'A', c: ' ' } })).toEqual([
      'de: missing "b"',
      'de: "a" has other placeholders than en',
      'de: extra "c"',
    ]);
  });
});
