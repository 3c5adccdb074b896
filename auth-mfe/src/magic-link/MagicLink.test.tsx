import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import type { Result } from 'portal-contract';
import { deferred, failed, fakeAuth, ok, resetFakeAuth } from '../testing/fakeSharedAuth';
import { renderScreen } from '../testing/renderScreen';
import { MagicLink } from './MagicLink';

vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('../testing/fakeSharedAuth')).fakeAuth }));
afterEach(() => vi.useRealTimers());

beforeEach(() => {
  resetFakeAuth();
  localStorage.clear();
});

const send = (address = 'ada@example.test') => {
  fireEvent.input(screen.getByLabelText('Email'), { target: { value: address } });
  fireEvent.click(screen.getByRole('button', { name: 'Send magic link' }));
};

describe('MagicLink', () => {
  it('idle: one Email field and Send magic link', () => {
    renderScreen(MagicLink);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Log in with a magic link');
    expect(screen.getByLabelText('Email').getAttribute('autocomplete')).toBe('email');
  });

  it('idle: an address without @ gets a field error, not a request', () => {
    renderScreen(MagicLink);
    send('ada');
    expect(fakeAuth.sendMagicLink).not.toHaveBeenCalled();
    expect(screen.getByText('Enter an email address like name@example.com.')).toBeTruthy();
  });

  it('submitting: busy and sent once', () => {
    fakeAuth.sendMagicLink.mockReturnValue(deferred<Result<null>>().promise);
    renderScreen(MagicLink);
    send();
    fireEvent.click(screen.getByRole('button', { name: 'Send magic link' }));
    expect(screen.getByRole('button', { name: 'Send magic link' }).getAttribute('aria-busy')).toBe('true');
    expect(fakeAuth.sendMagicLink).toHaveBeenCalledTimes(1);
  });

  it('error: the server could not be reached', async () => {
    fakeAuth.sendMagicLink.mockResolvedValue({ ok: false, error: { status: 0, items: [] } });
    renderScreen(MagicLink);
    send();
    expect((await screen.findByRole('alert')).textContent).toContain('could not reach the server');
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('ada@example.test');
  });

  it('success: a status says to check the email', async () => {
    fakeAuth.sendMagicLink.mockResolvedValue(ok(null));
    renderScreen(MagicLink);
    send();
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Check your email');
    expect(status.textContent).toContain('ada@example.test');
  });

  it('remembers where the user was going for when the link opens', async () => {
    fakeAuth.sendMagicLink.mockResolvedValue(ok(null));
    renderScreen(MagicLink, { redirect: '/profile' });
    send();
    await screen.findByRole('status');
    expect(localStorage.getItem('auth-mfe:after-sign-in')).toContain('/profile');
  });

  it('error on resend: a 429 says when to try again', async () => {
    fakeAuth.sendMagicLink.mockResolvedValueOnce(ok(null)).mockResolvedValueOnce(failed(429, 'too_many_requests', '', { retryAfter: 60 }));
    renderScreen(MagicLink);
    send();
    fireEvent.click(await screen.findByRole('button', { name: 'Send it again' }));
    expect(await screen.findByText('Too many attempts. Try again in 60 s.', { selector: '.pui-wait' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Send it again' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a 429 on the form keeps the address and waits before the next try', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fakeAuth.sendMagicLink.mockResolvedValue(failed(429, 'too_many_requests', '', { retryAfter: 2 }));
    renderScreen(MagicLink);
    send();
    expect(await screen.findByText('Too many attempts. Try again in 2 s.', { selector: '.pui-wait' })).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Send magic link' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(screen.getByLabelText('Email')).toHaveProperty('value', 'ada@example.test');
    fireEvent.submit(button.form!);
    expect(fakeAuth.sendMagicLink).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2100);
    await waitFor(() => expect(button.disabled).toBe(false));
  });
});
