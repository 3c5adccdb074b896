import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import { deferred, failed, fakeAuth, ok, resetFakeAuth, setAuthState, user } from '../testing/fakeSharedAuth';
import { renderScreen } from '../testing/renderScreen';
import type { Result, User } from 'portal-contract';
import { Login } from './Login';

vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('../testing/fakeSharedAuth')).fakeAuth }));

beforeEach(resetFakeAuth);
afterEach(() => vi.useRealTimers());

const email = () => screen.getByLabelText('Email') as HTMLInputElement;
const password = () => screen.getByLabelText('Password') as HTMLInputElement;
const loginButton = () => screen.getByRole('button', { name: 'Log in' });

function fillAndSubmit(address = 'ada@example.test', secret = 'correct horse') {
  fireEvent.input(email(), { target: { value: address } });
  fireEvent.input(password(), { target: { value: secret } });
  fireEvent.click(loginButton());
}

describe('Login', () => {
  it('idle: shows Email, Password with show/hide, Login and the other ways in', () => {
    renderScreen(Login);
    expect(email().getAttribute('autocomplete')).toBe('email');
    expect(password().getAttribute('autocomplete')).toBe('current-password');
    expect(screen.getByRole('button', { name: 'Show password' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Forgot password?' }).getAttribute('href')).toBe('/forgot-password');
    expect(screen.getByRole('link', { name: 'Log in with a magic link' }).getAttribute('href')).toBe('/login-with-magic-link');
    expect(screen.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe('/register');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('idle: an empty email is caught before asking the server, and focused', () => {
    renderScreen(Login);
    fireEvent.click(loginButton());
    expect(fakeAuth.signIn).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(email());
    expect(email().getAttribute('aria-invalid')).toBe('true');
  });

  it('submitting: the button is busy and a second submit sends nothing', () => {
    const answer = deferred<Result<User>>();
    fakeAuth.signIn.mockReturnValue(answer.promise);
    renderScreen(Login);
    fillAndSubmit();
    expect(loginButton().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(loginButton());
    fireEvent.submit(loginButton().closest('form')!);
    expect(fakeAuth.signIn).toHaveBeenCalledTimes(1);
    expect(fakeAuth.signIn).toHaveBeenCalledWith('ada@example.test', 'correct horse');
  });

  it('error: a wrong password shows an alert, keeps the email, clears the password and focuses the alert', async () => {
    fakeAuth.signIn.mockResolvedValue(failed(401, 'invalid_credentials', 'Invalid credentials.'));
    renderScreen(Login);
    fillAndSubmit();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The email or password is not right');
    expect(email().value).toBe('ada@example.test');
    expect(password().value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('error: an unverified address is offered a new verification email', async () => {
    fakeAuth.signIn.mockResolvedValue(failed(403, 'email_not_verified', 'Not verified.'));
    fakeAuth.resendVerification.mockResolvedValue(ok(null));
    renderScreen(Login);
    fillAndSubmit();
    fireEvent.click(await screen.findByRole('button', { name: 'Resend verification email' }));
    expect(fakeAuth.resendVerification).toHaveBeenCalledWith('ada@example.test');
    expect((await screen.findByRole('status')).textContent).toContain('We sent a new verification email to ada@example.test');
  });

  it('error: too many attempts says when to try again and disables Login until then', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fakeAuth.signIn.mockResolvedValue(failed(429, 'too_many_requests', '', { retryAfter: 3 }));
    renderScreen(Login);
    fillAndSubmit();
    expect(await screen.findByText('Too many attempts. Try again in 3 s.', { selector: '.pui-wait' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('retry-announcement').textContent).toBe('Too many attempts. Try again in 3 s.');
    expect((loginButton() as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByLabelText('Email')).toHaveProperty('value', 'ada@example.test');
    expect(screen.getByLabelText('Password')).toHaveProperty('value', 'correct horse');
    vi.advanceTimersByTime(1100);
    expect(await screen.findByText('Too many attempts. Try again in 2 s.', { selector: '.pui-wait' })).toBeTruthy();
    // Announced once at the start, not every second.
    expect(screen.getByTestId('retry-announcement').textContent).toBe('Too many attempts. Try again in 3 s.');
    vi.advanceTimersByTime(2000);
    await waitFor(() => expect((loginButton() as HTMLButtonElement).disabled).toBe(false));
    expect(screen.getByTestId('retry-announcement').textContent).toBe('You can try again now.');
  });

  it('success: moves on with the user and the safe redirect', async () => {
    const ada = user();
    fakeAuth.signIn.mockResolvedValue(ok(ada));
    const { navigation } = renderScreen(Login, { redirect: '/profile' });
    fillAndSubmit();
    await waitFor(() => expect(navigation.signedIn).toHaveBeenCalledWith(ada, '/profile'));
  });

  it('tells why the session ended when it was revoked, in a status', () => {
    setAuthState('endedReason', 'revoked');
    renderScreen(Login);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Your session has ended');
    expect(status.textContent).toContain('ended from another device');
  });

  it('says "You are logged out." after the user logged out themselves, in a status that Dismiss hides', () => {
    setAuthState('endedReason', 'user');
    renderScreen(Login);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('You are logged out.');
    expect(status.textContent).not.toContain('Your session has ended');
    fireEvent.click(within(status).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Email'));
  });

  it('says nothing when no session ended', () => {
    renderScreen(Login);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
