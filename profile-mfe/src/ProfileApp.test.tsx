import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { sharedAuth } from 'shared-auth/runtime';
import { ok, session, testUser, type FakeSharedAuth } from './testing/fakeSharedAuth';
import { formatStarted } from './sessions/describeSession';
import { ProfileApp } from './ProfileApp';

vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('./testing/fakeSharedAuth')).createFakeSharedAuth() }));
const auth = sharedAuth as unknown as FakeSharedAuth;
beforeEach(() => {
  auth.reset();
  window.history.replaceState(null, '', '/profile');
});

describe('ProfileApp', () => {
  it('is structured by headings: Profile, then one per section', async () => {
    render(() => <ProfileApp />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Profile');
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual(['Avatar', 'Your details', 'Sessions']);
    await waitFor(() => expect(auth.listSessions).toHaveBeenCalled());
  });

  it('opens a deep link on its section, the section marked current in the navigation', () => {
    window.history.replaceState(null, '', '/profile/security');
    render(() => <ProfileApp />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Account security']);
    const nav = screen.getByRole('navigation', { name: 'Profile sections' });
    expect(within(nav).getByRole('link', { name: 'Security' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Overview' }).getAttribute('aria-current')).toBeNull();
  });

  it('moves between sections with its links, focusing the page heading, and back with the browser', async () => {
    render(() => <ProfileApp />);
    const nav = screen.getByRole('navigation', { name: 'Profile sections' });
    const link = within(nav).getByRole('link', { name: 'Sessions' });
    expect(link.getAttribute('href')).toBe('/profile/sessions');
    fireEvent.click(link);
    await waitFor(() => expect(window.location.pathname).toBe('/profile/sessions'));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Avatar' })).toBeNull());
    expect(screen.getByRole('region', { name: 'Sessions' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    window.history.back();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Avatar' })).toBeTruthy());
  });

  it('carries its own scoped styles', () => {
    const { container } = render(() => <ProfileApp />);
    const style = container.querySelector('.profile-root > style');
    expect(style?.textContent).toContain('.profile-card');
    expect(style?.textContent).not.toMatch(/(^|})\s*(body|html|button|input)\s*\{/);
  });

  it('asks the server for the current user when mounted', () => {
    render(() => <ProfileApp />);
    expect(auth.refreshUser).toHaveBeenCalledTimes(1);
  });

  it('shows a skeleton, not a broken page, while there is no user (signed out, the shell is leaving)', () => {
    auth.setUser(null);
    render(() => <ProfileApp />);
    expect(screen.getByRole('status').textContent).toBe('Loading your profile…');
    expect(screen.queryByRole('button')).toBeNull();
    auth.setUser(testUser);
    expect(screen.getByRole('button', { name: 'Change name' })).toBeTruthy();
  });
});

describe('ProfileApp in another language', () => {
  const started = '2025-11-21T09:30:00.000Z';
  const sections = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

  it('speaks the page locale from the start', async () => {
    auth.setLocale('de');
    const { container } = render(() => <ProfileApp />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Profil');
    expect(container.querySelector('.profile-root')?.getAttribute('lang')).toBe('de');
    expect(screen.getByRole('button', { name: 'Namen ändern' })).toBeTruthy();
    await waitFor(() => expect(auth.listSessions).toHaveBeenCalled());
  });

  it('switches headings and session dates to German at once when the locale changes, without remounting', async () => {
    auth.listSessions.mockResolvedValue(ok([session({ current: true, browser: 'Chrome', os: 'Linux', creationDtm: started })]));
    const { container } = render(() => <ProfileApp />);
    const sessions = screen.getByRole('region', { name: 'Sessions' });
    const item = await within(sessions).findByRole('listitem');
    const title = screen.getByRole('heading', { level: 1 });
    expect(title.textContent).toBe('Profile');
    expect(item.textContent).toContain(`Logged in ${formatStarted(started, 'en')}`);
    expect(formatStarted(started, 'de')).not.toBe(formatStarted(started, 'en'));

    auth.setLocale('de');

    expect(screen.getByRole('heading', { level: 1 })).toBe(title);
    expect(title.textContent).toBe('Profil');
    expect(sections()).toEqual(['Profilbild', 'Ihre Angaben', 'Sitzungen']);
    expect(container.querySelector('.profile-root')?.getAttribute('lang')).toBe('de');
    expect(within(sessions).getByRole('listitem')).toBe(item);
    expect(item.textContent).toContain(`Angemeldet seit ${formatStarted(started, 'de')}`);
    expect(item.textContent).toContain('Dieses Gerät');
    expect(auth.listSessions).toHaveBeenCalledTimes(1);

    auth.setLocale('en');
    expect(title.textContent).toBe('Profile');
    expect(item.textContent).toContain(`Logged in ${formatStarted(started, 'en')}`);
  });

  it('keeps an open editor and its draft, and shows its message in the new language', async () => {
    render(() => <ProfileApp />);
    fireEvent.click(screen.getByRole('button', { name: 'Change name' }));
    const input = screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    fireEvent.input(input, { target: { value: '   ' } });
    fireEvent.submit(input.form!);
    const details = screen.getByRole('region', { name: 'Your details' });
    expect(within(details).getByText('Enter a name.')).toBeTruthy();

    auth.setLocale('de');

    expect(within(details).getByText('Geben Sie einen Namen ein.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Name' })).toBe(input);
    expect(input.value).toBe('   ');
    await waitFor(() => expect(auth.listSessions).toHaveBeenCalled());
  });
});
