import { describe, expect, it, vi } from 'vitest';
import { createSignal } from 'solid-js';
import { fireEvent, screen } from '@solidjs/testing-library';
import { NewPasswordField } from './NewPasswordField';
import { renderWithMessages } from './testing/renderWithMessages';

describe('NewPasswordField', () => {
  it('is a new-password field with its rules under it, read with it, following what is typed', async () => {
    await renderWithMessages(() => {
      const [password, setPassword] = createSignal('');
      return <NewPasswordField label="New password" value={password()} onInput={setPassword} />;
    });
    const input = screen.getByLabelText('New password') as HTMLInputElement;
    expect(input.getAttribute('autocomplete')).toBe('new-password');
    expect(screen.getByRole('button', { name: 'Show password' })).toBeTruthy();
    const rules = document.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(rules.tagName).toBe('UL');
    const minRule = screen.getByText(/At least 8 characters/);
    expect(rules.contains(minRule)).toBe(true);
    expect(minRule.dataset.state).toBe('unmet');
    fireEvent.input(input, { target: { value: 'long enough now' } });
    expect(input.value).toBe('long enough now');
    expect(minRule.dataset.state).toBe('met');
  });

  it('takes the given id (its rules are <id>-rules), reads its problem first, and hands its input to ref', async () => {
    const ref = vi.fn();
    await renderWithMessages(() => (
      <NewPasswordField id="next" label="New password" value="short" onInput={() => undefined} error="Too short" ref={ref} />
    ));
    const input = screen.getByLabelText('New password');
    expect(input.id).toBe('next');
    expect(input.getAttribute('aria-describedby')).toBe('next-error next-rules');
    expect(document.getElementById('next-error')?.textContent).toBe('Too short');
    expect(document.getElementById('next-rules')?.textContent).toContain('At least 8 characters');
    expect(ref).toHaveBeenCalledWith(input);
  });
});
