import { describe, expect, it } from 'vitest';
import { checkName, NAME_MAX_LENGTH } from './checkName';

describe('checkName', () => {
  it('trims the name', () => {
    expect(checkName('  Ada  ')).toEqual({ ok: true, name: 'Ada' });
  });

  it('refuses an empty or blank name', () => {
    expect(checkName('   ')).toEqual({ ok: false, message: 'Enter a name.' });
  });

  it('accepts 100 characters and refuses 101', () => {
    expect(checkName('a'.repeat(NAME_MAX_LENGTH)).ok).toBe(true);
    expect(checkName('a'.repeat(NAME_MAX_LENGTH + 1))).toEqual({ ok: false, message: 'Use at most 100 characters (this name has 101).' });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkName('😀'.repeat(NAME_MAX_LENGTH)).ok).toBe(true);
  });
});
