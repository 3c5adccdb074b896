import { describe, expect, it } from 'vitest';
import { initials } from './initials';

describe('initials', () => {
  it('takes the first letters of the first and last word of the name', () => {
    expect(initials({ name: 'Augusta Ada King', email: 'ada@example.test' })).toBe('AK');
    expect(initials({ name: 'grace', email: 'grace@example.test' })).toBe('G');
  });

  it('uses the part of the email address before the @ when there is no name (or only spaces)', () => {
    expect(initials({ email: 'grace.hopper@example.test' })).toBe('GH');
    expect(initials({ name: '   ', email: 'alan_turing@example.test' })).toBe('AT');
  });

  it('keeps a letter outside the Basic Multilingual Plane whole', () => {
    expect(initials({ name: '𝒜da Lovelace', email: 'ada@example.test' })).toBe('𝒜L');
  });

  it('has a placeholder for nothing', () => {
    expect(initials({ name: '', email: '@example.test' })).toBe('?');
  });
});
