import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import type { Result, SignUpValue } from 'shared-auth';
import { deferred, failed, fakeAuth, ok, resetFakeAuth, user } from '../testing/fakeSharedAuth';
import { renderScreen } from '../testing/renderScreen';
import { Register } from './Register';

vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('../testing/fakeSharedAuth')).fakeAuth }));

beforeEach(() => {
  resetFakeAuth();
  localStorage.clear();
});

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const createButton = () => screen.getByRole('button', { name: 'Create account' });

function fillAndSubmit(password = 'a long passphrase') {
  fireEvent.input(field('Name'), { target: { value: 'Ada' } });
  fireEvent.input(field('Email'), { target: { value: 'ada@example.test' } });
  fireEvent.input(field('Password'), { target: { value: password } });
  fireEvent.click(createButton());
}

describe('Register', () => {
  it('idle: Name, Email and a new password with its rules tied to the field', () => {
    renderScreen(Register);
    expect(field('Name').getAttribute('autocomplete')).toBe('name');
    expect(field('Email').getAttribute('autocomplete')).toBe('email');
    expect(field('Password').getAttribute('autocomplete')).toBe('new-password');
    const rules = document.getElementById(field('Password').getAttribute('aria-describedby')!);
    expect(rules?.textContent).toContain('At least 8 characters');
    expect(rules?.textContent).toContain('Not a commonly used password');
  });

  it('idle: the rules follow what is typed', () => {
    renderScreen(Register);
    const rule = screen.getByText(/At least 8 characters/);
    expect(rule.dataset.state).toBe('unmet');
    fireEvent.input(field('Password'), { target: { value: 'twelve chars' } });
    expect(rule.dataset.state).toBe('met');
  });

  it('idle: a too short password is caught before asking the server, and focused', () => {
    renderScreen(Register);
    fillAndSubmit('short');
    expect(fakeAuth.signUp).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(field('Password'));
  });

  it('submitting: busy, and only one account request', () => {
    fakeAuth.signUp.mockReturnValue(deferred<Result<SignUpValue>>().promise);
    renderScreen(Register);
    fillAndSubmit();
    fireEvent.click(createButton());
    expect(createButton().getAttribute('aria-busy')).toBe('true');
    expect(fakeAuth.signUp).toHaveBeenCalledTimes(1);
    expect(fakeAuth.signUp).toHaveBeenCalledWith('ada@example.test', 'a long passphrase', 'Ada');
  });

  it('error: a taken address is an alert; name and email stay, the password is cleared', async () => {
    fakeAuth.signUp.mockResolvedValue(failed(409, 'email_not_unique', 'Email taken.'));
    renderScreen(Register);
    fillAndSubmit();
    expect((await screen.findByRole('alert')).textContent).toContain('already exists');
    expect(field('Name').value).toBe('Ada');
    expect(field('Email').value).toBe('ada@example.test');
    expect(field('Password').value).toBe('');
  });

  it('error: a common password is explained in plain words', async () => {
    fakeAuth.signUp.mockResolvedValue(failed(400, 'validation_error', 'too common', {}, { reason: 'too_common' }));
    renderScreen(Register);
    fillAndSubmit('password123');
    expect((await screen.findByRole('alert')).textContent).toContain('too commonly used');
  });

  it('success with verification on: "Check your email" in a status, focused, with a resend action', async () => {
    fakeAuth.signUp.mockResolvedValue(ok({ user: user({ emailVerified: false }), session: null }));
    fakeAuth.resendVerification.mockResolvedValue(ok(null));
    renderScreen(Register);
    fillAndSubmit();
    const heading = await screen.findByRole('heading', { name: 'Check your email' });
    expect(screen.getByRole('status').textContent).toContain('We sent a link to ada@example.test');
    expect(document.activeElement).toBe(heading);
    fireEvent.click(screen.getByRole('button', { name: 'Resend verification email' }));
    expect(fakeAuth.resendVerification).toHaveBeenCalledWith('ada@example.test');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('We sent it again'));
  });

  it('success with verification off: moves on to the redirect target', async () => {
    const ada = user();
    fakeAuth.signUp.mockResolvedValue(ok({ user: ada, session: { token: 't' } as never }));
    const { navigation } = renderScreen(Register, { redirect: '/profile?tab=security' });
    fillAndSubmit();
    await waitFor(() => expect(navigation.signedIn).toHaveBeenCalledWith(ada, '/profile?tab=security'));
  });
});
