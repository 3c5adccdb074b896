import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { fakeAuth, ok, resetFakeAuth, setAuthState, user } from './testing/fakeSharedAuth';
import { contractVersion, forgotPassword, login, magicLink, register } from './parcels';

vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('./testing/fakeSharedAuth')).fakeAuth }));

beforeEach(() => {
  resetFakeAuth();
  document.body.innerHTML = '';
});

const host = () => {
  const element = document.createElement('section');
  document.body.append(element);
  return element;
};

describe('parcels', () => {
  it('exports the four screens and the contract version', () => {
    for (const parcel of [login, register, magicLink, forgotPassword]) expect(typeof parcel.mount).toBe('function');
    expect(contractVersion).toMatch(/^\d+\./);
  });

  it('sets the theme as --sa- custom properties on the parcel root only', async () => {
    const element = host();
    await login.mount({ name: 'p1', domElement: element, theme: { 'color-primary': '#6b2d5c', radius: '0px' } });
    const root = element.querySelector<HTMLElement>('.pui-root')!;
    expect(root.style.getPropertyValue('--sa-color-primary')).toBe('#6b2d5c');
    expect(root.style.getPropertyValue('--sa-radius')).toBe('0px');
    expect(document.documentElement.style.getPropertyValue('--sa-color-primary')).toBe('');
    await login.unmount({ name: 'p1', domElement: element });
    expect(element.innerHTML).toBe('');
  });

  it('follows a theme changed through update', async () => {
    const element = host();
    await login.mount({ name: 'p2', domElement: element, theme: { 'color-primary': 'red' } });
    await login.update({ name: 'p2', domElement: element, theme: { 'color-primary': 'blue' } });
    expect(element.querySelector<HTMLElement>('.pui-root')!.style.getPropertyValue('--sa-color-primary')).toBe('blue');
    await login.unmount({ name: 'p2', domElement: element });
  });

  it('calls onSuccess with the user, then goes to redirectTo through the host', async () => {
    const element = host();
    const ada = user();
    fakeAuth.signIn.mockResolvedValue(ok(ada));
    const onSuccess = vi.fn();
    const navigate = vi.fn();
    await login.mount({ name: 'p3', domElement: element, onSuccess, navigate, redirectTo: '/dashboard' });
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'ada@example.test' } });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'correct horse' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(ada));
    expect(navigate).toHaveBeenCalledWith('/dashboard');
    await login.unmount({ name: 'p3', domElement: element });
  });

  it('switches screens inside the parcel: its links never leave the host page', async () => {
    const element = host();
    const navigate = vi.fn();
    await login.mount({ name: 'p4', domElement: element, navigate });
    const links = [
      ['Forgot password?', 'Forgot your password?', 'Back to login'],
      ['Log in with a magic link', 'Log in with a magic link', 'Back to login'],
      ['Create an account', 'Create an account', 'Log in'],
    ] as const;
    for (const [link, heading, back] of links) {
      expect(screen.getByRole('link', { name: link }).getAttribute('href'), 'opened in a new tab, still the host page').toMatch(/^#/);
      expect(fireEvent.click(screen.getByRole('link', { name: link })), 'the browser does not follow it').toBe(false);
      expect(screen.getByRole('heading', { level: 1, name: heading })).toBe(document.activeElement);
      fireEvent.click(screen.getByRole('link', { name: back }));
      expect(screen.getByRole('heading', { level: 1, name: 'Log in' })).toBe(document.activeElement);
    }
    expect(navigate).not.toHaveBeenCalled();
    await login.unmount({ name: 'p4', domElement: element });
  });

  it('register: its Login link shows the login screen in place, without the host navigate', async () => {
    const element = host();
    const navigate = vi.fn();
    await register.mount({ name: 'p5', domElement: element, navigate });
    fireEvent.click(screen.getByRole('link', { name: 'Log in' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Log in' })).toBeTruthy();
    expect(navigate).not.toHaveBeenCalled();
    await register.unmount({ name: 'p5', domElement: element });
  });

  it('signed in, shows who instead of the form; Log out brings the form back, empty', async () => {
    const element = host();
    const ada = user();
    fakeAuth.signIn.mockImplementation(async () => (setAuthState('user', ada), ok(ada)));
    fakeAuth.signOut.mockImplementation(async () => (setAuthState('user', null), ok(null)));
    await login.mount({ name: 'p11', domElement: element });
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'ada@example.test' } });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'correct horse' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`Logged in as ${ada.name}`));
    expect(screen.queryByLabelText('Password')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Log out' }));
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Email').value).toBe(''));
    expect(fakeAuth.signOut).toHaveBeenCalled();
    await login.unmount({ name: 'p11', domElement: element });
  });

  it('two parcels on one page get distinct field ids', async () => {
    const a = host();
    const b = host();
    await login.mount({ name: 'p6', domElement: a });
    await magicLink.mount({ name: 'p7', domElement: b });
    const [first, second] = screen.getAllByLabelText('Email');
    expect(first!.id).not.toBe(second!.id);
    await login.unmount({ name: 'p6', domElement: a });
    await magicLink.unmount({ name: 'p7', domElement: b });
  });

  it('register: termsUrl and privacyUrl props add the consent checkbox', async () => {
    const element = host();
    await register.mount({ name: 'p8', domElement: element, termsUrl: 'https://acme.test/terms', privacyUrl: 'https://acme.test/privacy' });
    expect(screen.getByRole('checkbox', { name: /Terms of Service.*Privacy Policy/ })).toBeTruthy();
    await register.unmount({ name: 'p8', domElement: element });
  });

  it('a locale prop wins over the page locale, for that parcel only; an unknown one falls back to the page', async () => {
    const german = host();
    const page = host();
    await login.mount({ name: 'p9', domElement: german, locale: 'de-AT' });
    await login.mount({ name: 'p10', domElement: page, locale: 'fr' });
    expect(german.querySelector('h1')?.textContent).toBe('Anmelden');
    expect(german.querySelector('.pui-root')?.getAttribute('lang')).toBe('de');
    expect(page.querySelector('h1')?.textContent).toBe('Log in');
    await login.unmount({ name: 'p9', domElement: german });
    await login.unmount({ name: 'p10', domElement: page });
  });
});
