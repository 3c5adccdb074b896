import { afterEach, describe, expect, it } from 'vitest';
import { createSignal } from 'solid-js';
import { render, screen } from '@solidjs/testing-library';
import { AppRoot } from './AppRoot';
import type { Translator } from './i18n/createTranslator';
import { PAGE_SHEET_ATTRIBUTE } from './styles';

afterEach(() => document.documentElement.removeAttribute(PAGE_SHEET_ATTRIBUTE));

function translator(ready: () => boolean): Translator<{ hello: string }> {
  return { t: (key) => key, say: () => null, locale: () => 'de', ready };
}

describe('AppRoot', () => {
  it('shows its children only once the catalog is there, in a root that carries its class, language and sheet', () => {
    document.documentElement.setAttribute(PAGE_SHEET_ATTRIBUTE, '');
    const [ready, setReady] = createSignal(false);
    const { container } = render(() => (
      <AppRoot class="demo-root" css=".demo-root{color:red}" translator={translator(ready)} embedded>
        <p>Screen</p>
      </AppRoot>
    ));
    const root = container.firstElementChild as HTMLElement;
    expect(root.className).toBe('pui-root demo-root');
    expect(root.lang).toBe('de');
    expect(root.hasAttribute('data-embedded')).toBe(true);
    expect(root.querySelector('style')?.textContent).toBe('.demo-root{color:red}');
    expect(screen.queryByText('Screen')).toBeNull();
    setReady(true);
    expect(screen.getByText('Screen')).toBeTruthy();
  });

  it("waits for portal-ui's sheet on a page that does not link it (a host page with parcels)", async () => {
    const { container } = render(() => (
      <AppRoot class="demo-root" css="" translator={translator(() => true)}>
        <p>Screen</p>
      </AppRoot>
    ));
    expect(screen.queryByText('Screen')).toBeNull();
    expect(await screen.findByText('Screen')).toBeTruthy();
    expect(container.querySelector('style')?.textContent).toContain('.pui-root');
  });
});
