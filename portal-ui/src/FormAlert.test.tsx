import { describe, expect, it } from 'vitest';
import { createSignal } from 'solid-js';
import { render, screen, waitFor } from '@solidjs/testing-library';
import { FormAlert } from './FormAlert';

describe('FormAlert', () => {
  it('renders nothing without a message', () => {
    render(() => <FormAlert message={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('appears as role="alert" and takes focus', async () => {
    const [message, setMessage] = createSignal<string | null>(null);
    render(() => <FormAlert message={message()} />);
    setMessage('Wrong password.');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Wrong password.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('keeps focus where it is when only the words change (a language switch)', async () => {
    const [message, setMessage] = createSignal<string | null>('Wrong password.');
    render(() => (
      <>
        <input aria-label="Language" />
        <FormAlert message={message()} />
      </>
    ));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    const switcher = screen.getByLabelText('Language');
    switcher.focus();
    setMessage('Falsches Passwort.');
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(alert.textContent).toBe('Falsches Passwort.');
    expect(document.activeElement).toBe(switcher);
  });
});
