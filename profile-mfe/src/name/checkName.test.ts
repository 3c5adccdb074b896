import { describe, expect, it } from 'vitest';
import { checkName, NAME_MAX_LENGTH } from './checkName';

describe('checkName', () => {
  it('trims the name', () => {
    expect(checkName('  Ada  ')).toEqual({ ok: true, name: 'Ada' });
  });

  it('refuses an empty or blank name', () => {
    expect(checkName('   ')).toEqual({ ok: false, problem: { key: 'details.nameEmpty' } });
  });

  it('accepts 100 characters and refuses 101, saying how many there are', () => {
    expect(checkName('a'.repeat(NAME_MAX_LENGTH)).ok).toBe(true);
    expect(checkName('a'.repeat(NAME_MAX_LENGTH + 1))).toEqual({
      ok: false,
      problem: { key: 'details.nameTooLong', params: { max: 100, length: 101 } },
    });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkName('😀'.repeat(NAME_MAX_LENGTH)).ok).toBe(true);
  });
});
