import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import type { LinkGrant, Result } from 'portal-contract';
import { deferred, failed, fakeAuth, ok, resetFakeAuth, setAuthState, user } from '../testing/fakeSharedAuth';
import { renderScreen } from '../testing/renderScreen';
import { heldResetToken, releaseResetToken } from '../reset-password/resetToken';
import { AuthRedirect } from './AuthRedirect';

vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('../testing/fakeSharedAuth')).fakeAuth }));

beforeEach(() => {
  resetFakeAuth();
  releaseResetToken();
  localStorage.clear();
});

const arrive = (query: string) => window.history.replaceState(null, '', `/auth-redirect?${query}`);

describe('AuthRedirect', () => {
  it('removes access_token from the address bar before asking the server', () => {
    arrive('access_token=magic-token-1&action=magic-link&status=200');
    fakeAuth.followLink.mockImplementation(() => {
      expect(window.location.search).toBe('');
      return deferred<Result<LinkGrant>>().promise;
    });
    renderScreen(AuthRedirect);
    expect(window.location.href).not.toContain('access_token');
    expect(fakeAuth.followLink).toHaveBeenCalledWith('magic-token-1');
  });

  it('submitting: says it is signing in while the grant runs', () => {
    arrive('access_token=magic-token-2&action=magic-link&status=200');
    fakeAuth.followLink.mockReturnValue(deferred<Result<LinkGrant>>().promise);
    renderScreen(AuthRedirect);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Logging you in…');
    expect(screen.getByRole('status').textContent).toContain('checking your link');
  });

  it('success: a granted magic link moves on to the remembered page', async () => {
    arrive('access_token=magic-token-3&action=magic-link&status=200');
    localStorage.setItem('auth-mfe:after-sign-in', JSON.stringify({ path: '/profile?x=1', at: Date.now() }));
    const ada = user();
    fakeAuth.followLink.mockResolvedValue(ok({ status: 'signed-in', user: ada }));
    const { navigation } = renderScreen(AuthRedirect);
    await waitFor(() => expect(navigation.signedIn).toHaveBeenCalledWith(ada, '/profile?x=1'));
  });

  it('a confirmation link that left the account without a password (chosen on another device) goes where one is set', async () => {
    arrive('access_token=confirm-1&action=email-confirm&status=200');
    localStorage.setItem('auth-mfe:after-sign-in', JSON.stringify({ path: '/profile?x=1', at: Date.now() }));
    const ada = user({ hasPassword: false });
    fakeAuth.followLink.mockResolvedValue(ok({ status: 'signed-in', user: ada }));
    const { navigation } = renderScreen(AuthRedirect);
    await waitFor(() => expect(navigation.signedIn).toHaveBeenCalledWith(ada, '/profile/security'));
  });

  it('the same after confirming an unrequested confirmation link', async () => {
    arrive('access_token=confirm-2&action=email-confirm&status=200');
    const ada = user({ hasPassword: false });
    fakeAuth.followLink.mockResolvedValue(ok({ status: 'confirm', user: ada, current: null }));
    fakeAuth.settleLink.mockResolvedValue(ok(ada));
    const { navigation } = renderScreen(AuthRedirect);
    fireEvent.click(await screen.findByRole('button', { name: `Continue as ${ada.email}` }));
    await waitFor(() => expect(navigation.signedIn).toHaveBeenCalledWith(ada, '/profile/security'));
  });

  it.each([
    ['a magic link into an account without a password', 'magic-link', false],
    ['a confirmation link that kept the password', 'email-confirm', true],
  ])('%s moves on to the remembered page', async (_name, action, hasPassword) => {
    arrive(`access_token=other-${action}&action=${action}&status=200`);
    const ada = user({ hasPassword });
    fakeAuth.followLink.mockResolvedValue(ok({ status: 'signed-in', user: ada }));
    const { navigation } = renderScreen(AuthRedirect);
    await waitFor(() => expect(navigation.signedIn).toHaveBeenCalledWith(ada, null));
  });

  it('error: a refused grant shows an alert and the next step for its kind of link', async () => {
    arrive('access_token=magic-token-4&action=magic-link&status=200');
    fakeAuth.followLink.mockResolvedValue(failed(400, 'invalid_access_token', 'used'));
    renderScreen(AuthRedirect);
    expect((await screen.findByRole('alert')).textContent).toContain('invalid, has expired or was already used');
    expect(screen.getByRole('link', { name: 'Request a new magic link' }).getAttribute('href')).toBe('/login-with-magic-link');
  });

  it('a link this browser did not ask for signs in only after the user says so', async () => {
    arrive('access_token=foreign-1&action=magic-link&status=200');
    const mallory = user({ email: 'mallory@example.test' });
    fakeAuth.followLink.mockResolvedValue(ok({ status: 'confirm', user: mallory, current: null }));
    fakeAuth.settleLink.mockResolvedValue(ok(mallory));
    const { navigation } = renderScreen(AuthRedirect);
    expect(await screen.findByRole('heading', { level: 1, name: 'Log in as mallory@example.test?' })).toBeTruthy();
    expect(navigation.signedIn).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Continue as mallory@example.test' }));
    await waitFor(() => expect(navigation.signedIn).toHaveBeenCalledWith(mallory, null));
    expect(fakeAuth.settleLink).toHaveBeenCalledWith('foreign-1', true);
  });

  it('a signed-in user asked to switch accounts can stay, and goes back to the profile', async () => {
    arrive('access_token=foreign-2&action=magic-link&status=200');
    const ada = user();
    fakeAuth.followLink.mockResolvedValue(ok({ status: 'confirm', user: user({ email: 'mallory@example.test' }), current: ada }));
    fakeAuth.settleLink.mockResolvedValue(ok(null));
    setAuthState({ user: ada });
    const { navigation } = renderScreen(AuthRedirect);
    expect((await screen.findByText(/You are logged in as ada@example.test/)).textContent).toContain('mallory@example.test');
    fireEvent.click(screen.getByRole('button', { name: `Stay logged in as ${ada.email}` }));
    await waitFor(() => expect(navigation.go).toHaveBeenCalledWith('/profile', { replace: true }));
    expect(fakeAuth.settleLink).toHaveBeenCalledWith('foreign-2', false);
    expect(navigation.signedIn).not.toHaveBeenCalled();
    setAuthState({ user: null });
  });

  it('error: a used link says it was used, in our words, not the URL text', () => {
    arrive('action=magic-link&status=400&error=This%20link%20has%20already%20been%20used.%20Call%20555-EVIL');
    renderScreen(AuthRedirect);
    expect(screen.getByRole('alert').textContent).toBe('This link has already been used.');
    expect(document.body.textContent).not.toContain('555-EVIL');
    expect(fakeAuth.followLink).not.toHaveBeenCalled();
  });

  it('error: an expired verification link offers to resend it', async () => {
    arrive('action=email-confirm&status=400&error=This%20link%20is%20invalid%20or%20has%20expired.');
    fakeAuth.resendVerification.mockResolvedValue(ok(null));
    renderScreen(AuthRedirect);
    expect(screen.getByRole('alert').textContent).toBe('This link is invalid or has expired.');
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'ada@example.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Resend verification email' }));
    expect(fakeAuth.resendVerification).toHaveBeenCalledWith('ada@example.test');
    expect((await screen.findByRole('status')).textContent).toContain('ada@example.test');
  });

  it('error: a 429 on resending the verification mail counts down, keeping the address', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    arrive('action=email-confirm&status=400&error=This%20link%20is%20invalid%20or%20has%20expired.');
    fakeAuth.resendVerification.mockResolvedValue(failed(429, 'too_many_requests', '', { retryAfter: 2 }));
    renderScreen(AuthRedirect);
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'ada@example.test' } });
    const button = screen.getByRole('button', { name: 'Resend verification email' }) as HTMLButtonElement;
    fireEvent.click(button);
    expect(await screen.findByText('Too many attempts. Try again in 2 s.', { selector: '.pui-wait' })).toBeTruthy();
    expect(button.disabled).toBe(true);
    expect(screen.getByLabelText('Email')).toHaveProperty('value', 'ada@example.test');
    fireEvent.submit(button.form!);
    expect(fakeAuth.resendVerification).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2100);
    await waitFor(() => expect(button.disabled).toBe(false));
    vi.useRealTimers();
  });

  it('error: an expired reset link offers a new one', () => {
    arrive('action=reset-pwd&status=400&error=expired');
    renderScreen(AuthRedirect);
    expect(screen.getByRole('link', { name: 'Request a new reset link' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('a reset link holds the token in memory and opens the reset form without it in the URL', () => {
    arrive('access_token=reset-token-5&action=reset-pwd&status=200');
    const { navigation } = renderScreen(AuthRedirect);
    expect(heldResetToken()).toBe('reset-token-5');
    expect(navigation.go).toHaveBeenCalledWith('/reset-password', { replace: true });
    expect(fakeAuth.followLink).not.toHaveBeenCalled();
  });

  it('a change-email link confirms the change and refreshes the signed-in user', () => {
    arrive('action=change-email&status=200');
    setAuthState('user', user());
    fakeAuth.refreshUser.mockResolvedValue(ok(user()));
    renderScreen(AuthRedirect);
    expect(screen.getByRole('status').textContent).toContain('Your email address was changed');
    expect(fakeAuth.refreshUser).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Go to your profile' })).toBeTruthy();
  });
});
