import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@solidjs/testing-library';
import type { Result } from 'portal-contract';
import { deferred, failed, fakeAuth, ok, resetFakeAuth } from '../testing/fakeSharedAuth';
import { renderScreen } from '../testing/renderScreen';
import { ForgotPassword } from './ForgotPassword';

vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('../testing/fakeSharedAuth')).fakeAuth }));

beforeEach(resetFakeAuth);

const send = () => {
  fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'ada@example.test' } });
  fireEvent.click(screen.getByRole('button', { name: 'Send reset link' }));
};

describe('ForgotPassword', () => {
  it('idle: Email, Send reset link and a way back', () => {
    renderScreen(ForgotPassword);
    expect(screen.getByLabelText('Email')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to login' }).getAttribute('href')).toBe('/login');
  });

  it('submitting: busy and sent once', () => {
    fakeAuth.sendResetLink.mockReturnValue(deferred<Result<null>>().promise);
    renderScreen(ForgotPassword);
    send();
    fireEvent.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(screen.getByRole('button', { name: 'Send reset link' }).getAttribute('aria-disabled')).toBe('true');
    expect(fakeAuth.sendResetLink).toHaveBeenCalledTimes(1);
  });

  it('error: an alert in plain words', async () => {
    fakeAuth.sendResetLink.mockResolvedValue(failed(500, 'internal_error', 'boom'));
    renderScreen(ForgotPassword);
    send();
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong on our side. Try again in a moment.');
  });

  it('success: a status that does not reveal whether the account exists', async () => {
    fakeAuth.sendResetLink.mockResolvedValue(ok(null));
    renderScreen(ForgotPassword);
    send();
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('If an account exists for ada@example.test');
    expect(fakeAuth.sendResetLink).toHaveBeenCalledWith('ada@example.test');
  });
});
