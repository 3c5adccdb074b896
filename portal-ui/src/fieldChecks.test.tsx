import { describe, expect, it } from 'vitest';
import { fireEvent, render } from '@solidjs/testing-library';
import { createFieldChecks, type FieldChecks } from './fieldChecks';

type Field = 'name' | 'email';

function renderForm() {
  let checks!: FieldChecks<Field, string>;
  const view = render(() => {
    checks = createFieldChecks<Field, string>(['name', 'email']);
    return (
      <form onInput={(event) => checks.edited(event.target)}>
        <input aria-label="Name" ref={checks.ref('name')} />
        <span data-testid="name-problem">{checks.problem('name')}</span>
        <input aria-label="Email" ref={checks.ref('email')} />
        <span data-testid="email-problem">{checks.problem('email')}</span>
      </form>
    );
  });
  return { ...view, checks };
}

describe('createFieldChecks', () => {
  it('shows every problem and focuses the first bad field in the form’s order', () => {
    const { checks, getByLabelText, getByTestId } = renderForm();
    expect(checks.passes({ email: 'Enter your email', name: 'Enter your name' })).toBe(false);
    expect(getByTestId('name-problem').textContent).toBe('Enter your name');
    expect(getByTestId('email-problem').textContent).toBe('Enter your email');
    expect(document.activeElement).toBe(getByLabelText('Name'));
  });

  it('passes and shows nothing when no field has a problem', () => {
    const { checks, getByTestId } = renderForm();
    checks.passes({ email: 'Enter your email' });
    expect(checks.passes({ name: null, email: null })).toBe(true);
    expect(getByTestId('email-problem').textContent).toBe('');
  });

  it('focuses a later field when only it is bad, and clears one field on demand', () => {
    const { checks, getByLabelText, getByTestId } = renderForm();
    checks.passes({ name: null, email: 'Not an address' });
    expect(document.activeElement).toBe(getByLabelText('Email'));
    checks.clear('email');
    expect(getByTestId('email-problem').textContent).toBe('');
  });

  it('takes the problem of the field the user edits away, and only that one', () => {
    const { checks, getByLabelText, getByTestId } = renderForm();
    checks.passes({ name: 'Enter your name', email: 'Enter your email' });
    fireEvent.input(getByLabelText('Email'), { target: { value: 'a' } });
    expect(getByTestId('email-problem').textContent).toBe('');
    expect(getByTestId('name-problem').textContent).toBe('Enter your name');
  });

  it('binds a field component: its problem in words, followed as it changes, and its ref for focus', () => {
    let checks!: FieldChecks<Field, string>;
    function Field(props: { error: string | undefined; ref: (element: HTMLElement) => void }) {
      return (
        <p>
          <input aria-label="Email" ref={props.ref} />
          <span data-testid="said">{props.error ?? 'nothing'}</span>
        </p>
      );
    }
    const { getByLabelText, getByTestId } = render(() => {
      checks = createFieldChecks<Field, string>(['name', 'email']);
      return <Field {...checks.bind('email', (problem) => (problem ? `said: ${problem}` : undefined))} />;
    });
    expect(getByTestId('said').textContent).toBe('nothing');
    expect(checks.passes({ email: 'empty' })).toBe(false);
    expect(getByTestId('said').textContent).toBe('said: empty');
    expect(document.activeElement).toBe(getByLabelText('Email'));
  });
});
