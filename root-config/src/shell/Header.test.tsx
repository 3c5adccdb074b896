import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'solid-js/store';
import { fireEvent, screen, within } from '@solidjs/testing-library';
import type { SharedAuth, User } from 'portal-contract';
import { renderInShell } from '../testing/renderInShell';
import { Header } from './Header';

const ada = { _id: 'u1', email: 'ada@example.test', name: 'Ada Lovelace' } as User;

/** shared-auth as the header sees it: reactive state, setLocale that changes it (as the real one does). */
function fakeAuth(locale: string, user: User | null = null) {
  const [state, setState] = createStore({ user, session: null, endedReason: null, locale });
  const setLocale = vi.fn((next: string) => setState('locale', next));
  const signOut = vi.fn(async () => ({ ok: true as const, value: null }));
  return { auth: { state, setLocale, signOut } as unknown as SharedAuth, setState, setLocale };
}

function renderHeader(auth: SharedAuth, languageSwitcher = true) {
  return renderInShell(
    () => <Header auth={auth} languageSwitcher={languageSwitcher} />,
    () => auth.state.locale,
  );
}

describe('Header', () => {
  it('keeps the English names users and the e2e tests find it by', () => {
    renderHeader(fakeAuth('en').auth);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Log in' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Register' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveProperty('value', 'en');
  });

  it('shows Log out to a signed-in user, and signs out with it', () => {
    const { auth } = fakeAuth('en', ada);
    renderHeader(auth);
    fireEvent.click(screen.getByRole('button', { name: 'Log out' }));
    expect(auth.signOut).toHaveBeenCalledOnce();
    expect(screen.getByTestId('header-user-name').textContent).toBe('Ada Lovelace');
  });

  it("draws portal-ui's initials, first and last word, as the profile does", () => {
    renderHeader(fakeAuth('en', { ...ada, name: 'Augusta Ada King' }).auth);
    expect(screen.getByTestId('header-initials').textContent).toBe('AK');
  });

  it('names a user without a name by the email address', () => {
    renderHeader(fakeAuth('en', { ...ada, name: '' }).auth);
    expect(screen.getByTestId('header-user-name').textContent).toBe('ada@example.test');
    expect(screen.getByTestId('header-initials').textContent).toBe('A');
  });

  it('has the same row of portal-ui buttons signed in and out (the header keeps its height)', () => {
    const { auth, setState } = fakeAuth('en');
    renderHeader(auth);
    expect(screen.getByRole('link', { name: 'Log in' }).classList.contains('pui-button')).toBe(true);
    expect(screen.getByRole('link', { name: 'Register' }).classList.contains('pui-button')).toBe(true);
    setState('user', ada);
    expect(screen.getByRole('button', { name: 'Log out' }).classList.contains('pui-button')).toBe(true);
  });

  it('speaks German when the page is German', () => {
    renderHeader(fakeAuth('de').auth);
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).getByRole('link', { name: 'Anmelden' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Registrieren' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveProperty('value', 'de');
    expect(screen.queryByRole('link', { name: 'Log in' })).toBeNull();
  });

  it('offers each language by its own name', () => {
    renderHeader(fakeAuth('de').auth);
    const options = screen.getAllByRole('option') as HTMLOptionElement[];
    expect(options.map((option) => [option.value, option.textContent, option.lang])).toEqual([
      ['en', 'English', 'en'],
      ['de', 'Deutsch', 'de'],
    ]);
  });

  it('choosing a language calls setLocale, and the header follows at once', () => {
    const { auth, setLocale } = fakeAuth('en', ada);
    renderHeader(auth);
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'de' } });
    expect(setLocale).toHaveBeenCalledWith('de');
    expect(screen.getByRole('button', { name: 'Abmelden' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveProperty('value', 'de');
  });

  it('follows a language chosen elsewhere (another app or tab)', () => {
    const { auth, setState } = fakeAuth('de');
    renderHeader(auth);
    setState('locale', 'en');
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveProperty('value', 'en');
    expect(screen.getByRole('link', { name: 'Log in' })).toBeTruthy();
  });

  it('has no language switcher when portal.config.json fixes the locale', () => {
    renderHeader(fakeAuth('de').auth, false);
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByRole('link', { name: 'Anmelden' })).toBeTruthy();
  });
});
