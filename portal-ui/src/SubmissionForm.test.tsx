import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSignal } from 'solid-js';
import { fireEvent, screen } from '@solidjs/testing-library';
import type { Failure, Result } from 'portal-contract';
import { createFieldChecks, type FieldChecks } from './fieldChecks';
import { createSubmission, type Submission } from './submission';
import { SubmissionForm, type SubmissionFormProps } from './SubmissionForm';
import { TextField } from './TextField';
import { renderWithMessages } from './testing/renderWithMessages';

afterEach(() => vi.useRealTimers());

const refused = (code: string, status = 400, retryAfter?: number): Result<never> => {
  const error: Failure = { status, items: [{ origin: 'client_error', code, message: 'server text' }] };
  return { ok: false, error: retryAfter ? { ...error, retryAfter } : error };
};
const WRONG = 'The email or password is not right. Check them and try again.';
const UNVERIFIED = 'Please confirm your email address first: open the link we sent you, or ask for a new one.';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

type Action = (name: string) => Promise<Result<null>>;

/** A one-field form whose submit sends the field's value; `other` is a second submission the form also shows. */
async function renderForm(action: Action, other?: Action, extra: Partial<SubmissionFormProps> = {}) {
  let save!: Submission<[string], null>;
  let resend: Submission<[string], null> | undefined;
  let checks!: FieldChecks<'name', string>;
  const onSubmit = vi.fn(() => save.submit('ada'));
  const view = await renderWithMessages(() => {
    const [name, setName] = createSignal('ada');
    save = createSubmission(action);
    resend = other && createSubmission(other);
    checks = createFieldChecks<'name', string>(['name']);
    return (
      <SubmissionForm
        submission={save}
        also={resend && [resend]}
        checks={checks}
        onSubmit={onSubmit}
        submitLabel="Save"
        alertActions={
          resend && (
            <button type="button" onClick={() => void resend!.submit(name())}>
              Resend
            </button>
          )
        }
        {...extra}
      >
        <TextField
          label="Name"
          autocomplete="name"
          value={name()}
          onInput={setName}
          error={checks.problem('name')}
          ref={checks.ref('name')}
        />
      </SubmissionForm>
    );
  });
  const form = view.container.querySelector('form')!;
  const button = () => screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
  return { form, button, onSubmit, checks, save: () => save, resend: () => resend! };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SubmissionForm', () => {
  it('leaves validation to the field checks and runs its submit without the browser navigating', async () => {
    const { form, onSubmit } = await renderForm(() => Promise.resolve({ ok: true, value: null }));
    expect(form.noValidate).toBe(true);
    expect(fireEvent.submit(form)).toBe(false); // default prevented
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('shows the failure in the user’s language above the fields; an edit takes it and the field’s problem away', async () => {
    const { form, onSubmit, checks } = await renderForm(() => Promise.resolve(refused('invalid_credentials', 401)));
    fireEvent.submit(form);
    await onSubmit.mock.results[0]!.value;
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(WRONG);
    expect(form.contains(alert)).toBe(true);
    expect(alert.compareDocumentPosition(screen.getByLabelText('Name')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    checks.passes({ name: 'Enter your name' });
    expect(screen.getByText('Enter your name')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'ada l' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('Enter your name')).toBeNull();
  });

  it('ignores a submit while one is in flight; the button shows progress', async () => {
    const answer = deferred<Result<null>>();
    const { form, button, onSubmit } = await renderForm(() => answer.promise);
    fireEvent.submit(form);
    expect(button().getAttribute('aria-busy')).toBe('true');
    fireEvent.submit(form);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    answer.resolve({ ok: true, value: null });
    await settled();
    expect(button().hasAttribute('aria-busy')).toBe(false);
    fireEvent.submit(form);
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('counts a 429 down with the button disabled and the input kept, ignoring submits until it is over', async () => {
    const { form, button, onSubmit } = await renderForm(() => Promise.resolve(refused('too_many_requests', 429, 2)));
    vi.useFakeTimers();
    fireEvent.submit(form);
    await onSubmit.mock.results[0]!.value;
    expect(screen.queryByRole('alert')).toBeNull();
    expect(button().disabled).toBe(true);
    expect(screen.getByText('Too many attempts. Try again in 2 s.', { selector: '.pui-wait' })).toBeTruthy();
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('ada');
    fireEvent.submit(form);
    expect(onSubmit).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(2000);
    expect(button().disabled).toBe(false);
    expect(screen.getByTestId('retry-announcement').textContent).toBe('You can try again now.');
    fireEvent.submit(form);
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('shows another submission’s failure in its place, waits out its 429 too, and an edit clears both', async () => {
    const other = vi
      .fn<Action>()
      .mockResolvedValueOnce(refused('email_not_verified', 403))
      .mockResolvedValueOnce(refused('too_many_requests', 429, 5));
    const { form, button, onSubmit, save, resend } = await renderForm(() => Promise.resolve(refused('invalid_credentials', 401)), other);
    fireEvent.submit(form);
    await onSubmit.mock.results[0]!.value;
    expect(screen.getByRole('alert').textContent).toContain(WRONG);

    fireEvent.click(screen.getByRole('button', { name: 'Resend' }));
    await settled();
    expect(screen.getByRole('alert').textContent).toContain(UNVERIFIED);
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'ada l' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(save().error()).toBeUndefined();
    expect(resend().error()).toBeUndefined();

    await resend().submit('ada');
    expect(button().disabled).toBe(true);
    expect(screen.getByText('Too many attempts. Try again in 5 s.', { selector: '.pui-wait' })).toBeTruthy();
    fireEvent.submit(form);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('leaves the alert to the screen when told (a failure that outlives the form), still clearing it on edit', async () => {
    const { form, onSubmit, save } = await renderForm(() => Promise.resolve(refused('invalid_credentials', 401)), undefined, {
      alert: false,
    });
    fireEvent.submit(form);
    await onSubmit.mock.results[0]!.value;
    expect(save().error()).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'ada l' } });
    expect(save().error()).toBeUndefined();
  });

  it('names the account for password managers, and lays out a row of actions and a footer after the fields', async () => {
    const { form } = await renderForm(() => Promise.resolve({ ok: true, value: null }), undefined, {
      username: 'ada@example.test',
      actionsClass: 'row',
      moreActions: <button type="button">Cancel</button>,
      footer: <p>Saved</p>,
      alertId: 'the-alert',
    });
    const username = form.querySelector<HTMLInputElement>('input[autocomplete="username"]')!;
    expect(username.value).toBe('ada@example.test');
    expect(username.hidden).toBe(true);
    const row = form.querySelector('.row')!;
    expect([...row.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Save', 'Cancel']);
    expect(form.lastElementChild?.textContent).toBe('Saved');
  });

  it('has no username field unless given one, and passes keys to its onKeyDown', async () => {
    const onKeyDown = vi.fn();
    const { form } = await renderForm(() => Promise.resolve({ ok: true, value: null }), undefined, { onKeyDown });
    expect(form.querySelector('input[autocomplete="username"]')).toBeNull();
    fireEvent.keyDown(screen.getByLabelText('Name'), { key: 'Escape' });
    expect(onKeyDown).toHaveBeenCalledWith(expect.objectContaining({ key: 'Escape' }));
  });
});
