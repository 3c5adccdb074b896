import { describe, expect, it } from 'vitest';
import { render } from '@solidjs/testing-library';
import authCss from './auth.css?inline';
import { AuthFrame } from './AuthFrame';

describe('AuthFrame', () => {
  it("scopes auth-mfe's own rules under its root", () => {
    const selectors = [...authCss.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{[^{}]*\}/g)].flatMap((m) =>
      m[1]!.split(',').map((s) => s.trim()),
    );
    expect(selectors.length).toBeGreaterThan(3);
    expect(selectors.filter((selector) => !selector.startsWith('.auth-root'))).toEqual([]);
  });

  it('renders its styles inside the root, with the theme on the root', () => {
    const { container } = render(() => <AuthFrame theme={{ font: 'Georgia, serif' }}>x</AuthFrame>);
    const root = container.firstElementChild as HTMLElement;
    expect(root.classList.contains('pui-root')).toBe(true);
    expect(root.querySelector('style')?.textContent).toContain('.auth-root');
    expect(root.style.getPropertyValue('--sa-font')).toBe('Georgia, serif');
  });
});
