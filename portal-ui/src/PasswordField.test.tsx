import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@solidjs/testing-library';
import { PasswordField } from './PasswordField';
import { renderWithMessages } from './testing/renderWithMessages';

const renderField = (locale = 'en') =>
  renderWithMessages(
    () => <PasswordField label="Password" autocomplete="current-password" value="secret-value" onInput={() => undefined} />,
    locale,
  );

describe('PasswordField', () => {
  it('hides the password until "Show password" is pressed, then offers "Hide password"', async () => {
    await renderField();
    const input = screen.getByLabelText('Password') as HTMLInputElement;
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(input.type).toBe('password');
    fireEvent.click(toggle);
    expect(input.type).toBe('text');
    expect(screen.getByRole('button', { name: 'Hide password' })).toBe(toggle);
    // Its name says what it does next: not also a pressed toggle (that would read "Hide password, pressed").
    expect(toggle.hasAttribute('aria-pressed')).toBe(false);
    fireEvent.click(toggle);
    expect(input.type).toBe('password');
    expect(screen.getByRole('button', { name: 'Show password' })).toBe(toggle);
  });

  it('never changes autocomplete when toggled', async () => {
    await renderField();
    const input = screen.getByLabelText('Password');
    fireEvent.click(screen.getByRole('button', { name: 'Show password' }));
    expect(input.getAttribute('autocomplete')).toBe('current-password');
  });

  it('keeps focus and caret in the input when toggled', async () => {
    await renderField();
    const input = screen.getByLabelText('Password') as HTMLInputElement;
    input.focus();
    input.setSelectionRange(3, 3);
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(fireEvent.mouseDown(toggle)).toBe(false);
    fireEvent.click(toggle);
    expect(document.activeElement).toBe(input);
    expect(input.selectionStart).toBe(3);
  });

  it('labels only the input with "Password" (the toggle is named by its own text)', async () => {
    await renderField();
    expect(screen.getAllByLabelText('Password', { exact: false })).toHaveLength(1);
  });

  it('is a real button that does not submit its form', async () => {
    await renderField();
    expect(screen.getByRole('button', { name: 'Show password' }).getAttribute('type')).toBe('button');
  });

  it('names the toggle in the word order of the language ("Passwort Anzeigen"), showing only the verb', async () => {
    await renderField('de');
    const toggle = screen.getByRole('button', { name: 'Passwort Anzeigen' });
    expect(toggle.querySelector('.pui-visually-hidden')?.textContent).toBe('Passwort');
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Passwort Ausblenden' })).toBe(toggle);
  });
});
