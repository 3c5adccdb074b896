import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@solidjs/testing-library';
import { PasswordField } from './PasswordField';

const renderField = () =>
  render(() => <PasswordField label="Password" autocomplete="current-password" value="secret-value" onInput={() => undefined} />);

describe('PasswordField', () => {
  it('hides the password until the toggle is pressed, then shows it', () => {
    renderField();
    const input = screen.getByLabelText('Password') as HTMLInputElement;
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(input.type).toBe('password');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(input.type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('never changes autocomplete when toggled', () => {
    renderField();
    const input = screen.getByLabelText('Password');
    fireEvent.click(screen.getByRole('button', { name: 'Show password' }));
    expect(input.getAttribute('autocomplete')).toBe('current-password');
  });

  it('keeps focus and caret in the input when toggled', () => {
    renderField();
    const input = screen.getByLabelText('Password') as HTMLInputElement;
    input.focus();
    input.setSelectionRange(3, 3);
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(fireEvent.mouseDown(toggle)).toBe(false);
    fireEvent.click(toggle);
    expect(document.activeElement).toBe(input);
    expect(input.selectionStart).toBe(3);
  });

  it('labels only the input with "Password" (the toggle is named by its own text)', () => {
    renderField();
    expect(screen.getAllByLabelText('Password', { exact: false })).toHaveLength(1);
  });

  it('is a real button that does not submit its form', () => {
    renderField();
    expect(screen.getByRole('button', { name: 'Show password' }).getAttribute('type')).toBe('button');
  });
});
