import { describe, expect, it } from 'vitest';
import { screen, within } from '@solidjs/testing-library';
import { renderInShell } from '../testing/renderInShell';
import { EmbedDemoPage } from './EmbedDemoPage';

describe('EmbedDemoPage', () => {
  it('hands out a slot for the login parcel and one in a region named "Register parcel"', () => {
    const slots: Partial<Record<'login' | 'register', HTMLElement>> = {};
    renderInShell(() => (
      <EmbedDemoPage
        signedInAs={null}
        loginSlot={(element) => (slots.login = element)}
        registerSlot={(element) => (slots.register = element)}
      />
    ));
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Acme' })).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Log in to Acme' }).contains(slots.login!)).toBe(true);
    const region = screen.getByRole('region', { name: 'Register parcel' });
    expect(region.contains(slots.register!)).toBe(true);
    expect(within(region).getByRole('heading', { level: 2, name: 'Register parcel' })).toBeTruthy();
    expect(document.title).toBe('Acme Intranet: embedded login');
  });

  it('speaks the page language, the config file named in code', () => {
    renderInShell(
      () => <EmbedDemoPage signedInAs="Ada Lovelace" loginSlot={() => undefined} registerSlot={() => undefined} />,
      () => 'de',
    );
    expect(screen.getByRole('status').textContent).toBe('Bei Acme angemeldet als Ada Lovelace');
    expect(screen.getByRole('heading', { level: 1, name: 'Willkommen bei Acme' })).toBeTruthy();
    expect(screen.getByText('portal.config.json').tagName).toBe('CODE');
    expect(document.title).toBe('Acme Intranet: eingebettete Anmeldung');
  });
});
