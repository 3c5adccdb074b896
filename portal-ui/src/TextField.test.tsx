import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@solidjs/testing-library';
import { TextField } from './TextField';

describe('TextField', () => {
  it('ties its visible label to the input and sets autocomplete', () => {
    render(() => <TextField label="Email" type="email" autocomplete="email" value="" onInput={() => undefined} />);
    const input = screen.getByLabelText('Email');
    expect(input).toHaveProperty('type', 'email');
    expect(input.getAttribute('autocomplete')).toBe('email');
  });

  it('describes the input with its error and marks it invalid', () => {
    render(() => <TextField label="Name" autocomplete="name" value="" onInput={() => undefined} error="Enter your name." />);
    const input = screen.getByLabelText('Name');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Enter your name.');
  });

  it('reports what is typed', () => {
    const onInput = vi.fn();
    render(() => <TextField label="Name" autocomplete="name" value="" onInput={onInput} />);
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Ada' } });
    expect(onInput).toHaveBeenCalledWith('Ada');
  });

  it('gives two fields with the same label different ids', () => {
    render(() => (
      <>
        <TextField label="Email" autocomplete="email" value="" onInput={() => undefined} />
        <TextField label="Email" autocomplete="email" value="" onInput={() => undefined} />
      </>
    ));
    const [a, b] = screen.getAllByLabelText('Email');
    expect(a!.id).not.toBe(b!.id);
  });
});
