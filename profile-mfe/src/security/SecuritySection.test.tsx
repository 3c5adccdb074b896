import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import type { Result } from 'portal-contract';
import { sharedAuth } from 'shared-auth/runtime';
import { deferred, failed, ok, testUser, type FakeSharedAuth } from '../testing/fakeSharedAuth';
import { descriptionOf, renderSection } from '../testing/renderSection';
import { SecuritySection } from './SecuritySection';

vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('../testing/fakeSharedAuth')).createFakeSharedAuth() }));
const auth = sharedAuth as unknown as FakeSharedAuth;
beforeEach(() => {
  auth.reset();
  localStorage.clear();
});

const region = (name: string) => within(screen.getByRole('region', { name }));
const fill = (field: HTMLElement, value: string) => fireEvent.input(field, { target: { value } });

describe('Change password', () => {
  const form = () => region('Change password');
  const current = () => form().getByLabelText('Current password') as HTMLInputElement;
  const next = () => form().getByLabelText('New password') as HTMLInputElement;
  const save = () => fireEvent.click(form().getByRole('button', { name: 'Change password' }));

  it('has the two password fields with their autocomplete and a show/hide toggle for the new one', () => {
    renderSection(() => <SecuritySection />);
    expect(current().autocomplete).toBe('current-password');
    expect(next().autocomplete).toBe('new-password');
    const toggle = form().getAllByRole('button', { name: 'Show password' })[1]!;
    expect(toggle.getAttribute('aria-controls')).toBe(next().id);
    fireEvent.click(toggle);
    expect(next().type).toBe('text');
    expect(toggle.textContent).toBe('Hide password');
  });

  it('shows the rules live as the new password is typed', () => {
    renderSection(() => <SecuritySection />);
    const rule = form().getByText(/At least 8 characters/);
    expect(rule.dataset.state).toBe('unmet');
    fill(next(), 'long enough passphrase');
    expect(rule.dataset.state).toBe('met');
    expect(next().getAttribute('aria-describedby')).toBe(rule.parentElement!.id);
  });

  it('refuses a short new password before calling the server, under the field, which gets focus', async () => {
    renderSection(() => <SecuritySection />);
    fill(current(), 'old password');
    fill(next(), 'short');
    save();
    expect(descriptionOf(next())).toMatch(/at least 8 characters/i);
    expect(document.activeElement).toBe(next());
    expect(auth.changePassword).not.toHaveBeenCalled();
  });

  it('asks for the current password', () => {
    renderSection(() => <SecuritySection />);
    fill(next(), 'a new long passphrase');
    save();
    expect(descriptionOf(current())).toBe('Enter your current password.');
    expect(document.activeElement).toBe(current());
    expect(auth.changePassword).not.toHaveBeenCalled();
  });

  it('changes the password, clears the fields and says so', async () => {
    renderSection(() => <SecuritySection />);
    fill(current(), 'old password');
    fill(next(), 'a new long passphrase');
    save();
    await waitFor(() => expect(form().getByRole('status').textContent).toMatch(/password is changed/));
    expect(auth.changePassword).toHaveBeenCalledWith('old password', 'a new long passphrase');
    expect(current().value).toBe('');
    expect(next().value).toBe('');
  });

  it('marks Save busy while the server works', async () => {
    const answer = deferred<Result<null>>();
    auth.changePassword.mockReturnValue(answer.promise);
    renderSection(() => <SecuritySection />);
    fill(current(), 'old password');
    fill(next(), 'a new long passphrase');
    save();
    expect(form().getByRole('button', { name: 'Change password' }).getAttribute('aria-disabled')).toBe('true');
    answer.resolve(ok(null));
    await waitFor(() => expect(form().getByRole('button', { name: 'Change password' }).getAttribute('aria-disabled')).toBeNull());
  });

  it('shows a wrong current password as an alert and keeps what was typed', async () => {
    auth.changePassword.mockResolvedValue(failed(401, 'invalid_password'));
    renderSection(() => <SecuritySection />);
    fill(current(), 'wrong password');
    fill(next(), 'a new long passphrase');
    save();
    expect((await form().findByRole('alert')).textContent).toBe('Your current password is not right.');
    expect(next().value).toBe('a new long passphrase');
    expect(form().getByRole('status').textContent).toBe('');
  });

  it('refuses a new password equal to the current one before calling the server, under the new one', () => {
    renderSection(() => <SecuritySection />);
    fill(current(), 'the same long passphrase');
    fill(next(), 'the same long passphrase');
    save();
    expect(descriptionOf(next())).toMatch(/^Your new password is the same as your current one\. Choose a different password\./);
    expect(document.activeElement).toBe(next());
    expect(auth.changePassword).not.toHaveBeenCalled();
  });

  it('says so in words when the server refuses the same password (its reason, not its text)', async () => {
    auth.changePassword.mockResolvedValue(
      failed(400, 'validation_error', 'raw server text', {}, { field: 'newPassword', reason: 'same_as_current' }),
    );
    renderSection(() => <SecuritySection />);
    fill(current(), 'old password');
    fill(next(), 'a new long passphrase');
    save();
    expect((await form().findByRole('alert')).textContent).toBe(
      'Your new password is the same as your current one. Choose a different password.',
    );
  });

  it('takes a stale alert and the edited field’s problem away as soon as the user edits the form', async () => {
    auth.changePassword.mockResolvedValue(failed(401, 'invalid_password'));
    renderSection(() => <SecuritySection />);
    fill(current(), 'wrong password');
    fill(next(), 'a new long passphrase');
    save();
    expect(await form().findByRole('alert')).toBeTruthy();
    fill(current(), 'wrong password, fixed');
    expect(form().queryByRole('alert')).toBeNull();

    fill(next(), 'short');
    save();
    expect(descriptionOf(next())).toMatch(/^Use at least 8 characters/);
    fill(next(), 'short, and longer now');
    expect(descriptionOf(next())).not.toMatch(/^Use at least 8 characters/);
  });
});

describe('a 429 on any profile form', () => {
  it('counts down with Change password disabled and keeps both passwords, instead of an alert', async () => {
    auth.changePassword.mockResolvedValue({
      ok: false,
      error: { status: 429, retryAfter: 7, items: [{ origin: 'client_error', code: 'too_many_requests', message: 'raw server text' }] },
    });
    renderSection(() => <SecuritySection />);
    const form = region('Change password');
    fill(form.getByLabelText('Current password'), 'old password');
    fill(form.getByLabelText('New password'), 'a new long passphrase');
    fireEvent.click(form.getByRole('button', { name: 'Change password' }));
    expect(await form.findByText('Too many attempts. Try again in 7 s.', { selector: '.pui-wait' })).toBeTruthy();
    expect((form.getByRole('button', { name: 'Change password' }) as HTMLButtonElement).disabled).toBe(true);
    expect((form.getByLabelText('New password') as HTMLInputElement).value).toBe('a new long passphrase');
    expect((form.getByLabelText('Current password') as HTMLInputElement).value).toBe('old password');
    expect(form.queryByRole('alert')).toBeNull();
    fireEvent.click(form.getByRole('button', { name: 'Change password' }));
    expect(auth.changePassword).toHaveBeenCalledTimes(1);
  });
});

describe('Set a password (an account without one: its address was proved by a link, altogic-local)', () => {
  const form = () => region('Set a password');
  const next = () => form().getByLabelText('New password') as HTMLInputElement;
  const save = () => fireEvent.click(form().getByRole('button', { name: 'Set password' }));

  it('offers "Set a password" without asking for a current password', () => {
    auth.setUser({ ...testUser, hasPassword: false });
    renderSection(() => <SecuritySection />);
    expect(form().queryByLabelText('Current password')).toBeNull();
    expect(next().autocomplete).toBe('new-password');
    expect(screen.queryByRole('region', { name: 'Change password' })).toBeNull();
  });

  it('sets it, reads the user again and then offers "Change password"', async () => {
    auth.setUser({ ...testUser, hasPassword: false });
    auth.refreshUser.mockImplementation(async () => {
      const user = { ...testUser, hasPassword: true };
      auth.setUser(user);
      return ok(user);
    });
    renderSection(() => <SecuritySection />);
    fill(next(), 'a new long passphrase');
    save();
    await waitFor(() => expect(region('Change password').getByRole('status').textContent).toMatch(/password is set/));
    expect(auth.changePassword).toHaveBeenCalledWith('', 'a new long passphrase');
    expect(auth.refreshUser).toHaveBeenCalledTimes(1);
    expect(region('Change password').getByLabelText('Current password')).toBeTruthy();
  });

  it('a user without the field (hosted Altogic) gets "Change password"', () => {
    auth.setUser({ ...testUser });
    renderSection(() => <SecuritySection />);
    expect(region('Change password').getByLabelText('Current password')).toBeTruthy();
  });
});

describe('Change email', () => {
  const form = () => region('Change email');
  const email = () => form().getByLabelText('Email') as HTMLInputElement;
  const password = () => form().getByLabelText('Current password') as HTMLInputElement;
  const save = () => fireEvent.click(form().getByRole('button', { name: 'Change email' }));

  it('says which address is in use and labels the new one Email', () => {
    renderSection(() => <SecuritySection />);
    const now = form().getByText((_, element) => element?.tagName === 'P' && element.textContent === 'You log in with ada@example.test.');
    // the address breaks only after "@" and "."
    expect(now.querySelector('.profile-email')?.innerHTML).toBe('ada@<wbr>example.<wbr>test');
    expect(email().type).toBe('email');
    expect(email().autocomplete).toBe('email');
    expect(password().autocomplete).toBe('current-password');
  });

  it('refuses something that is not an address', () => {
    renderSection(() => <SecuritySection />);
    fill(email(), 'not-an-address');
    fill(password(), 'my password');
    save();
    expect(descriptionOf(email())).toMatch(/email address like/);
    expect(document.activeElement).toBe(email());
    expect(auth.changeEmail).not.toHaveBeenCalled();
  });

  it('refuses the current address', () => {
    renderSection(() => <SecuritySection />);
    fill(email(), 'ADA@example.test');
    fill(password(), 'my password');
    save();
    expect(descriptionOf(email())).toBe('This is already your email address.');
  });

  it('asks for the current password', () => {
    renderSection(() => <SecuritySection />);
    fill(email(), 'new@example.test');
    save();
    expect(descriptionOf(password())).toBe('Enter your current password.');
    expect(document.activeElement).toBe(password());
    expect(auth.changeEmail).not.toHaveBeenCalled();
  });

  it('sends the change and shows it as pending until the user record carries the new address', async () => {
    renderSection(() => <SecuritySection />);
    fill(email(), ' new@example.test ');
    fill(password(), 'my password');
    save();
    await waitFor(() => expect(form().getByRole('status').textContent).toBe('Check new@example.test to confirm the change'));
    expect(auth.changeEmail).toHaveBeenCalledWith('my password', 'new@example.test');
    expect(form().getByText('Pending')).toBeTruthy();
    expect(password().value).toBe('');

    auth.setUser({ ...testUser, email: 'new@example.test' });
    expect(form().getByRole('status').textContent).toBe('');
    expect(form().queryByText('Pending')).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('puts the Pending badge, the notice and Cancel change in one box; Cancel change says to ignore the mail', async () => {
    renderSection(() => <SecuritySection />);
    fill(email(), 'new@example.test');
    fill(password(), 'my password');
    save();
    const badge = await form().findByText('Pending');
    const box = badge.parentElement!;
    expect(box.classList.contains('profile-pending-open')).toBe(true);
    expect(within(box).getByRole('status').textContent).toBe('Check new@example.test to confirm the change');
    fireEvent.click(within(box).getByRole('button', { name: 'Cancel change' }));
    expect(form().queryByText('Pending')).toBeNull();
    expect(form().getByRole('status').textContent).toMatch(/^The change is cancelled\. Ignore the mail sent to new@example\.test/);
    expect(localStorage.length).toBe(0);
  });

  it('still shows the change as pending after the page is opened again', async () => {
    const first = renderSection(() => <SecuritySection />);
    fill(email(), 'new@example.test');
    fill(password(), 'my password');
    save();
    await waitFor(() => expect(form().getByText('Pending')).toBeTruthy());
    first.unmount();

    renderSection(() => <SecuritySection />);
    expect(form().getByRole('status').textContent).toBe('Check new@example.test to confirm the change');
  });

  it('shows a refused change as an alert, with nothing pending', async () => {
    auth.changeEmail.mockResolvedValue(failed(409, 'email_not_unique'));
    renderSection(() => <SecuritySection />);
    fill(email(), 'taken@example.test');
    fill(password(), 'my password');
    save();
    expect((await form().findByRole('alert')).textContent).toMatch(/already exists/);
    expect(form().queryByText('Pending')).toBeNull();
  });
});

describe('Log out', () => {
  it('signs out through shared-auth', async () => {
    renderSection(() => <SecuritySection />);
    fireEvent.click(screen.getByRole('button', { name: 'Log out' }));
    await waitFor(() => expect(auth.signOut).toHaveBeenCalledTimes(1));
  });

  it('shows a failed sign-out as an alert', async () => {
    auth.signOut.mockResolvedValue({ ok: false, error: { status: 0, items: [] } });
    renderSection(() => <SecuritySection />);
    fireEvent.click(screen.getByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});

describe('in German', () => {
  it('labels the forms in German and shows a server error in German, never the server text', async () => {
    auth.setLocale('de');
    auth.changePassword.mockResolvedValue(failed(401, 'invalid_password'));
    renderSection(() => <SecuritySection />);
    const form = region('Passwort ändern');
    fill(form.getByLabelText('Aktuelles Passwort'), 'wrong password');
    fill(form.getByLabelText('Neues Passwort'), 'a new long passphrase');
    fireEvent.click(form.getByRole('button', { name: 'Passwort ändern' }));
    expect((await form.findByRole('alert')).textContent).toBe('Ihr aktuelles Passwort stimmt nicht.');
    expect(screen.getByRole('button', { name: 'Abmelden' })).toBeTruthy();
  });
});
