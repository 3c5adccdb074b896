import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import type { Result, SignUpValue } from 'portal-contract';
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

const CONSENT = { termsUrl: 'https://example.test/terms', privacyUrl: '/privacy' };
const withConsent =
  (consent: { termsUrl?: string; privacyUrl?: string } = CONSENT) =>
  () => <Register consent={consent} />;

describe('Register with consent links', () => {
  it('has no consent checkbox without links', () => {
    renderScreen(Register);
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('asks to agree to the terms and the privacy policy, each opening in a new tab', () => {
    renderScreen(withConsent());
    const box = screen.getByRole('checkbox', {
      name: 'I agree to the Terms of Service (opens in a new tab) and the Privacy Policy (opens in a new tab)',
    }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(box.required).toBe(true);
    const terms = screen.getByRole('link', { name: /Terms of Service/ });
    expect([terms.getAttribute('href'), terms.getAttribute('target'), terms.getAttribute('rel')]).toEqual([
      'https://example.test/terms',
      '_blank',
      'noopener noreferrer',
    ]);
    expect(screen.getByRole('link', { name: /Privacy Policy/ }).getAttribute('href')).toBe('/privacy');
  });

  it('names only the document it has a link for', () => {
    renderScreen(withConsent({ privacyUrl: 'https://example.test/privacy' }));
    expect(screen.getByRole('checkbox', { name: 'I agree to the Privacy Policy (opens in a new tab)' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Terms/ })).toBeNull();
  });

  it('cannot be submitted unchecked: an alert says why, focus goes to the checkbox, no account is asked for', async () => {
    renderScreen(withConsent());
    fillAndSubmit();
    expect(fakeAuth.signUp).not.toHaveBeenCalled();
    const box = screen.getByRole('checkbox');
    expect(screen.getByRole('alert').textContent).toBe('To create an account, please agree by ticking the box.');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    expect(document.activeElement).toBe(box);
  });

  it('creates the account once the box is ticked, and the message goes', async () => {
    fakeAuth.signUp.mockReturnValue(deferred<Result<SignUpValue>>().promise);
    renderScreen(withConsent());
    fillAndSubmit();
    fireEvent.click(screen.getByRole('checkbox'));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(createButton());
    expect(fakeAuth.signUp).toHaveBeenCalledWith('ada@example.test', 'a long passphrase', 'Ada');
  });

  it('ignores links that are not http(s) or a path of this site', () => {
    renderScreen(withConsent({ termsUrl: 'javascript:alert(1)', privacyUrl: '//evil.test/privacy' }));
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('speaks German when the page does', () => {
    renderScreen(withConsent(), { locale: 'de' });
    expect(
      screen.getByRole('checkbox', {
        name: 'Ich akzeptiere die Nutzungsbedingungen (öffnet in einem neuen Tab) und die Datenschutzerklärung (öffnet in einem neuen Tab)',
      }),
    ).toBeTruthy();
  });
});

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

  it('error: a 429 counts down with the button disabled, keeping everything typed (no alert)', async () => {
    fakeAuth.signUp.mockResolvedValue(failed(429, 'too_many_requests', 'Too many.', { retryAfter: 9 }));
    renderScreen(Register);
    fillAndSubmit();
    expect(await screen.findByText('Too many attempts. Try again in 9 s.', { selector: '.pui-wait' })).toBeTruthy();
    expect((createButton() as HTMLButtonElement).disabled).toBe(true);
    expect(field('Password').value).toBe('a long passphrase');
    expect(field('Email').value).toBe('ada@example.test');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(createButton());
    expect(fakeAuth.signUp).toHaveBeenCalledTimes(1);
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
