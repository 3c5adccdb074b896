import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@solidjs/testing-library';
import type { Result } from 'shared-auth';
import { deferred, failed, fakeAuth, ok, resetFakeAuth } from '../testing/fakeSharedAuth';
import { renderScreen } from '../testing/renderScreen';
import { MagicLink } from './MagicLink';

vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('../testing/fakeSharedAuth')).fakeAuth }));

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
    expect((await screen.findByRole('alert')).textContent).toContain('Try again in 60 s');
    expect((screen.getByRole('button', { name: 'Send it again' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
