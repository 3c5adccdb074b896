import { describe, expect, it } from 'vitest';
import { createSignal } from 'solid-js';
import { screen } from '@solidjs/testing-library';
import { PasswordRules, passwordProblem } from './PasswordRules';
import { renderWithMessages } from './testing/renderWithMessages';

describe('PasswordRules', () => {
  it('checks the length rules as the password grows', async () => {
    const [password, setPassword] = createSignal('short');
    await renderWithMessages(() => <PasswordRules password={password()} />);
    const minRule = screen.getByText(/At least 8 characters/);
    expect(minRule.dataset.state).toBe('unmet');
    setPassword('long enough now');
    expect(minRule.dataset.state).toBe('met');
  });

  it('states the common-password rule as checked by the server', async () => {
    await renderWithMessages(() => <PasswordRules password="anything" />);
    expect(screen.getByText(/Not a commonly used password/).dataset.state).toBe('server');
  });

  it('counts characters, not UTF-16 units, like the server', () => {
    expect(passwordProblem('😀😀😀😀😀😀😀')).toEqual({ key: 'error.password_too_short', params: { min: 8 } });
    expect(passwordProblem('😀😀😀😀😀😀😀😀')).toBeNull();
    expect(passwordProblem('x'.repeat(129))).toEqual({ key: 'error.password_too_long', params: { max: 128 } });
  });

  it('speaks the active language', async () => {
    await renderWithMessages(() => <PasswordRules password="" />, 'de');
    expect(screen.getByText(/Mindestens 8 Zeichen/).dataset.state).toBe('unmet');
  });
});
