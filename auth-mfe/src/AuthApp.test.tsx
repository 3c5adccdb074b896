import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { fakeAuth, ok, resetFakeAuth, setAuthState, user } from './testing/fakeSharedAuth';
import { AuthApp } from './AuthApp';
import { bootstrap, contractVersion, mount, unmount } from './lifecycles';

vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('./testing/fakeSharedAuth')).fakeAuth }));

beforeEach(resetFakeAuth);

const at = (url: string) => window.history.replaceState(null, '', url);
const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
/** Screens other than home and login arrive with their chunk. */
const shownHeading = async () => (await screen.findByRole('heading', { level: 1 })).textContent;

describe('AuthApp in the portal', () => {
  it('shows the screen of the current path', async () => {
    at('/register');
    render(() => <AuthApp navigate={vi.fn()} />);
    expect(await shownHeading()).toBe('Create an account');
  });

  it('follows the address bar when the shell changes it (popstate)', async () => {
    at('/login');
    render(() => <AuthApp navigate={vi.fn()} />);
    expect(heading()).toBe('Log in');
    window.history.pushState(null, '', '/forgot-password');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => expect(heading()).toBe('Forgot your password?'));
  });

  it('moves between its own screens itself and focuses the new heading', async () => {
    at('/login');
    const navigate = vi.fn();
    render(() => <AuthApp navigate={navigate} />);
    fireEvent.click(screen.getByRole('link', { name: 'Create an account' }));
    await waitFor(() => expect(window.location.pathname).toBe('/register'));
    expect(navigate).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Create an account' })));
  });

  it('keeps a safe redirect parameter on links between its screens', () => {
    at('/login?redirect=%2Fprofile');
    render(() => <AuthApp navigate={vi.fn()} />);
    expect(screen.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe('/register?redirect=%2Fprofile');
  });

  it('sends the user to the redirect parameter through the shell after sign-in', async () => {
    at('/login?redirect=%2Fprofile%3Ftab%3Dsessions');
    fakeAuth.signIn.mockResolvedValue(ok(user()));
    const navigate = vi.fn();
    render(() => <AuthApp navigate={navigate} />);
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'ada@example.test' } });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'correct horse' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/profile?tab=sessions'));
  });

  it('ignores a redirect to another origin and goes to /profile (docs/security.md B2)', async () => {
    at('/login?redirect=https%3A%2F%2Fevil.test%2F');
    fakeAuth.signIn.mockResolvedValue(ok(user()));
    const navigate = vi.fn();
    render(() => <AuthApp navigate={navigate} />);
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'ada@example.test' } });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'correct horse' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/profile'));
  });

  it('goes back with the browser to the screen it came from', async () => {
    at('/login');
    render(() => <AuthApp navigate={vi.fn()} />);
    fireEvent.click(screen.getByRole('link', { name: 'Create an account' }));
    await waitFor(() => expect(heading()).toBe('Create an account'));
    window.history.back();
    await waitFor(() => expect(heading()).toBe('Log in'));
  });

  it('moves a page showing a sign-in screen on when a session starts in another tab', async () => {
    at('/register?redirect=%2Fprofile%2Fsecurity');
    const navigate = vi.fn();
    render(() => <AuthApp navigate={navigate} />);
    expect(await shownHeading()).toBe('Create an account');
    setAuthState('user', user());
    expect(navigate).toHaveBeenCalledWith('/profile/security');
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('home offers the three ways in', () => {
    at('/');
    render(() => <AuthApp navigate={vi.fn()} />);
    const ways = screen.getByRole('list', { name: 'Ways to log in' });
    expect([...ways.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Log in', '/login'],
      ['Register', '/register'],
      ['Log in with a magic link', '/login-with-magic-link'],
    ]);
  });
});

describe('AuthApp in another language', () => {
  it('speaks the page locale and switches at once when it changes, keeping what was typed', () => {
    at('/login');
    setAuthState('locale', 'de');
    render(() => <AuthApp navigate={vi.fn()} />);
    expect(heading()).toBe('Anmelden');
    expect(screen.getByRole('heading', { level: 1 }).closest('[lang]')?.getAttribute('lang')).toBe('de');
    fireEvent.input(screen.getByLabelText('E-Mail'), { target: { value: 'ada@example.test' } });
    setAuthState('locale', 'en');
    expect(heading()).toBe('Log in');
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('ada@example.test');
  });

  it('shows a server error in the active language, never its English text', async () => {
    at('/login');
    setAuthState('locale', 'de');
    fakeAuth.signIn.mockResolvedValue({
      ok: false,
      error: { status: 401, items: [{ origin: 'client_error', code: 'invalid_credentials', message: 'Invalid credentials.' }] },
    });
    render(() => <AuthApp navigate={vi.fn()} />);
    fireEvent.input(screen.getByLabelText('E-Mail'), { target: { value: 'ada@example.test' } });
    fireEvent.input(screen.getByLabelText('Passwort'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect((await screen.findByRole('alert')).textContent).toContain('E-Mail-Adresse oder Passwort stimmen nicht');
  });

  it('passes the consent links of the portal to the register screen', async () => {
    at('/register');
    render(() => <AuthApp navigate={vi.fn()} consent={{ termsUrl: 'https://example.test/terms' }} />);
    expect(await screen.findByRole('checkbox', { name: /I agree to the Terms of Service/ })).toBeTruthy();
  });
});

describe('lifecycles', () => {
  it('declare the contract version they were built for', () => {
    expect(contractVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('leave no DOM, style or listener behind after mount/unmount cycles', async () => {
    at('/login');
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const host = document.createElement('div');
    document.body.append(host);
    for (let i = 0; i < 5; i++) {
      const props = { name: 'auth-mfe', domElement: host, navigate: vi.fn() };
      await bootstrap(props);
      await mount(props);
      expect(host.querySelector('style')?.textContent).toContain('.pui-root');
      await unmount(props);
    }
    expect(host.innerHTML).toBe('');
    const count = (spy: typeof add, type: string) => spy.mock.calls.filter(([t]) => t === type).length;
    expect(count(add, 'popstate')).toBe(5);
    expect(count(remove, 'popstate')).toBe(5);
    host.remove();
  });
});
