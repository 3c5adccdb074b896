import { describe, expect, it } from 'vitest';
import { createSignal } from 'solid-js';
import { render, screen } from '@solidjs/testing-library';
import { PasswordRules, passwordProblem } from './PasswordRules';
import { errorText } from './messages';

describe('PasswordRules', () => {
  it('checks the length rules as the password grows', () => {
    const [password, setPassword] = createSignal('short');
    render(() => <PasswordRules password={password()} />);
    const minRule = screen.getByText(/At least 8 characters/);
    expect(minRule.dataset.state).toBe('unmet');
    setPassword('long enough now');
    expect(minRule.dataset.state).toBe('met');
  });

  it('states the common-password rule as checked by the server', () => {
    render(() => <PasswordRules password="anything" />);
    expect(screen.getByText(/Not a commonly used password/).dataset.state).toBe('server');
  });

  it('counts characters, not UTF-16 units, like the server', () => {
    expect(passwordProblem('😀😀😀😀😀😀😀')).toBe(errorText.password_too_short);
    expect(passwordProblem('😀😀😀😀😀😀😀😀')).toBeNull();
    expect(passwordProblem('x'.repeat(129))).toBe(errorText.password_too_long);
  });
});
