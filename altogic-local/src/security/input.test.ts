import { describe, expect, it } from 'vitest';
import { emailFromRawQuery, normalizeEmail } from './input.ts';

describe('email normalisation', () => {
  it('maps fullwidth and case variants of an address to one form (NFKC, lower case)', () => {
    expect(normalizeEmail('Alice@Example.TEST')).toBe('alice@example.test');
    expect(normalizeEmail('ａｌｉｃｅ＠ｅｘａｍｐｌｅ．ｔｅｓｔ')).toBe('alice@example.test');
    expect(normalizeEmail('ＡＬＩＣＥ@EXAMPLE.test')).toBe('alice@example.test');
    expect(emailFromRawQuery('ａ+b@example.test')).toBe('a+b@example.test');
  });

  it('refuses what NFKC turns into forbidden characters', () => {
    expect(() => normalizeEmail('alice＜x＞@example.test')).toThrow();
    expect(() => normalizeEmail('a\u2028b@example.test')).toThrow();
  });
});
