import { describe, expect, it, vi } from 'vitest';
import { createSignal } from 'solid-js';
import { fireEvent, render, screen } from '@solidjs/testing-library';
import { SubmitButton } from './SubmitButton';

describe('SubmitButton', () => {
  it('keeps its name while submitting and is marked busy and disabled', () => {
    render(() => <SubmitButton submitting>Log in</SubmitButton>);
    const button = screen.getByRole('button', { name: 'Log in' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('aria-busy')).toBe('true');
  });

  it('does not submit its form a second time while submitting', () => {
    const [submitting, setSubmitting] = createSignal(false);
    const onSubmit = vi.fn((event: SubmitEvent) => {
      event.preventDefault();
      setSubmitting(true);
    });
    render(() => (
      <form onSubmit={onSubmit}>
        <SubmitButton submitting={submitting()}>Log in</SubmitButton>
      </form>
    ));
    const button = screen.getByRole('button', { name: 'Log in' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('is disabled while waiting for another reason', () => {
    render(() => (
      <SubmitButton submitting={false} disabled>
        Log in
      </SubmitButton>
    ));
    expect((screen.getByRole('button', { name: 'Log in' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
