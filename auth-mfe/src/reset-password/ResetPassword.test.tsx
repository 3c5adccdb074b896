import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import type { Result } from 'portal-contract';
import { deferred, failed, fakeAuth, ok, resetFakeAuth, user } from '../testing/fakeSharedAuth';
import { renderScreen } from '../testing/renderScreen';
import { ResetPassword } from './ResetPassword';
import { heldResetToken, holdResetToken, releaseResetToken } from './resetToken';

vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('../testing/fakeSharedAuth')).fakeAuth }));

beforeEach(() => {
  resetFakeAuth();
  holdResetToken('reset-token-123456789012345');
});

const setPassword = (value = 'a brand new passphrase') => {
  fireEvent.input(screen.getByLabelText('New password'), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Set new password' }));
};

describe('ResetPassword', () => {
  it('idle: one New password field with show/hide and the rules', () => {
    renderScreen(ResetPassword);
    expect(screen.getAllByLabelText(/password/i).filter((el) => el.tagName === 'INPUT')).toHaveLength(1);
    expect(screen.getByLabelText('New password').getAttribute('autocomplete')).toBe('new-password');
    expect(screen.getByRole('button', { name: 'Show password' })).toBeTruthy();
    expect(screen.getByText(/At least 8 characters/)).toBeTruthy();
  });

  it('idle without a link: says how to get one instead of a blank form', () => {
    releaseResetToken();
    renderScreen(ResetPassword);
    expect(screen.queryByLabelText('New password')).toBeNull();
    expect(screen.getByRole('link', { name: 'Request a new reset link' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('submitting: busy and sent once with the token held in memory', () => {
    fakeAuth.resetPassword.mockReturnValue(deferred<Result<null>>().promise);
    renderScreen(ResetPassword);
    setPassword();
    fireEvent.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(fakeAuth.resetPassword).toHaveBeenCalledTimes(1);
    expect(fakeAuth.resetPassword).toHaveBeenCalledWith('reset-token-123456789012345', 'a brand new passphrase');
  });

  it('error: a spent link says so and offers a new one', async () => {
    fakeAuth.resetPassword.mockResolvedValue(failed(400, 'invalid_access_token', 'used'));
    renderScreen(ResetPassword);
    setPassword();
    expect((await screen.findByRole('alert')).textContent).toContain('invalid, has expired or was already used');
    expect(screen.getByRole('link', { name: 'Request a new reset link' })).toBeTruthy();
    expect(heldResetToken()).toBeNull();
  });

  it('error: a common password keeps the link usable and clears the field', async () => {
    fakeAuth.resetPassword.mockResolvedValue(failed(400, 'validation_error', '', {}, { reason: 'too_common' }));
    renderScreen(ResetPassword);
    setPassword('password123');
    expect((await screen.findByRole('alert')).textContent).toContain('too commonly used');
    expect((screen.getByLabelText('New password') as HTMLInputElement).value).toBe('');
    expect(heldResetToken()).not.toBeNull();
  });

  it('success: a status focused on its heading, and an offer to log in with the new password; the token is forgotten', async () => {
    fakeAuth.resetPassword.mockResolvedValue(ok(null));
    const { navigation } = renderScreen(ResetPassword);
    setPassword();
    const heading = await screen.findByRole('heading', { name: 'Your password is set' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('status').textContent).toContain('every session was ended');
    expect(heldResetToken()).toBeNull();
    expect(screen.queryByLabelText('New password')).toBeNull();

    const ada = user();
    fakeAuth.signIn.mockResolvedValue(ok(ada));
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: ' ada@example.test ' } });
    fireEvent.click(screen.getByRole('button', { name: /^Log ?in$/ }));
    await waitFor(() => expect(navigation.signedIn).toHaveBeenCalledWith(ada, null));
    expect(fakeAuth.signIn).toHaveBeenCalledWith('ada@example.test', 'a brand new passphrase');
  });

  it('success, then a wrong address: the sign-in failure is an alert and the offer stays', async () => {
    fakeAuth.resetPassword.mockResolvedValue(ok(null));
    fakeAuth.signIn.mockResolvedValue(failed(401, 'invalid_credentials'));
    renderScreen(ResetPassword);
    setPassword();
    await screen.findByRole('heading', { name: 'Your password is set' });
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'someone@else.test' } });
    fireEvent.click(screen.getByRole('button', { name: /^Log ?in$/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/email or password/i);
    expect(screen.getByRole('button', { name: /^Log ?in$/ })).toBeTruthy();
    // Like every form's, the alert goes once the address is edited.
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'ada@example.test' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
