import { describe, expect, test } from 'vitest';
import { caretSatisfy } from './caretSatisfy';

describe('caretSatisfy (the federation runtime’s shared-version check)', () => {
  test('a caret range takes the same major at or above the minimum', () => {
    expect(caretSatisfy('1.9.19', '^1.0.0')).toBe(true);
    expect(caretSatisfy('1.0.0', '^1.0.0')).toBe(true);
    expect(caretSatisfy('1.2.3', '^1.2.4')).toBe(false);
    expect(caretSatisfy('1.3.0', '^1.2.4')).toBe(true);
    expect(caretSatisfy('2.0.0', '^1.0.0')).toBe(false);
    expect(caretSatisfy('0.9.0', '^1.0.0')).toBe(false);
  });

  test('0.x: the minor is the breaking part', () => {
    expect(caretSatisfy('0.3.5', '^0.3.1')).toBe(true);
    expect(caretSatisfy('0.4.0', '^0.3.1')).toBe(false);
  });

  test('anything else must match exactly', () => {
    expect(caretSatisfy('1.9.19', '1.9.19')).toBe(true);
    expect(caretSatisfy('1.9.19', '~1.9.0')).toBe(false);
    expect(caretSatisfy('not a version', '^1.0.0')).toBe(false);
  });

  test('works from its source text alone, as the federation runtime gets it', () => {
    const rebuilt = new Function(`return (${caretSatisfy.toString()})`)() as typeof caretSatisfy;
    expect(rebuilt('1.9.19', '^1.0.0')).toBe(true);
    expect(rebuilt('2.0.0', '^1.0.0')).toBe(false);
  });
});
