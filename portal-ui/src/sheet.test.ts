import { describe, expect, it } from 'vitest';
import { portalUiSheet as portalUiCss } from './sheet';
import { THEME_TOKENS } from './theme';

/** Every selector of a stylesheet (rules inside @media included, keyframe steps left out). */
function selectors(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const withoutKeyframes = withoutComments.replace(/@keyframes[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  return [...withoutKeyframes.matchAll(/([^{}]+)\{[^{}]*\}/g)]
    .flatMap((match) => match[1]!.split(','))
    .map((selector) => selector.replace(/@media[^{]*$/, '').trim())
    .filter((selector) => selector && !selector.startsWith('@'));
}

describe('portal-ui stylesheet', () => {
  it('is not empty', () => {
    expect(selectors(portalUiCss).length).toBeGreaterThan(20);
  });

  it('styles only its own prefixed classes: nothing outside the app root, no bare elements', () => {
    // the one condition on the page: whether the keyboard is in use (keyboardUse.ts), still styling inside the root
    const inRoot = (selector: string) => selector.replace(/^:root:not\(\[data-pui-keyboard\]\) /, '');
    const outside = selectors(portalUiCss).filter((selector) => !inRoot(selector).startsWith('.pui-'));
    expect(outside).toEqual([]);
  });

  it('reads every colour, the radius and the font from a documented --sa- property with a default', () => {
    expect(THEME_TOKENS.length).toBe(9);
    for (const token of THEME_TOKENS) {
      expect(portalUiCss).toMatch(new RegExp(`var\\(--sa-${token},\\s*[^)]+`));
    }
  });
});
