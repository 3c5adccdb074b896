import { describe, expect, it } from 'vitest';
import { themeStyle } from './theme';

describe('themeStyle', () => {
  it('turns documented tokens into --sa- custom properties', () => {
    expect(themeStyle({ 'color-primary': '#6b2d5c', radius: '0px' })).toEqual({ '--sa-color-primary': '#6b2d5c', '--sa-radius': '0px' });
  });

  it('ignores tokens that are not documented', () => {
    expect(themeStyle({ 'color-primary': 'red', position: 'fixed' } as never)).toEqual({ '--sa-color-primary': 'red' });
  });
});
