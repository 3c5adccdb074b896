import { createSignal, createUniqueId } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { errorMessage, FormAlert, PasswordField, passwordProblem, PasswordRules, StatusNotice } from '../ui';
import { text } from '../messages';

/** Current + new password. The server ends the other sessions on success (SECURITY S7): `onChanged` lets the list refresh. */
export function PasswordForm(props: { onChanged?: () => void }) {
  const id = createUniqueId();
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [saving, setSaving] = createSignal(false);
  let currentInput: HTMLInputElement | undefined;
  let nextInput: HTMLInputElement | undefined;

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (saving()) return;
    setNotice(null);
    const missing = !current() ? text.currentPasswordMissing : null;
    const weak = passwordProblem(next());
    if (missing || weak) {
      setError(missing ?? weak);
      (missing ? currentInput : nextInput)?.focus();
      return;
    }
    setError(null);
    setSaving(true);
    const result = await sharedAuth.changePassword(current(), next());
    setSaving(false);
    if (!result.ok) {
      setError(errorMessage(result.error));
      return;
    }
    setCurrent('');
    setNext('');
    setNotice(text.passwordChanged);
    props.onChanged?.();
  }

  return (
    <section class="profile-subsection" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{text.passwordHeading}</h3>
      <form class="profile-form" noValidate onSubmit={(event) => void save(event)}>
        <div class="profile-field">
          <label for={`${id}-current`} class="profile-label">
            {text.currentPassword}
          </label>
          <input
            id={`${id}-current`}
            ref={currentInput}
            class="profile-input"
            type="password"
            autocomplete="current-password"
            value={current()}
            onInput={(event) => setCurrent(event.currentTarget.value)}
          />
        </div>
        <PasswordField
          id={`${id}-new`}
          label={text.newPassword}
          autocomplete="new-password"
          value={next()}
          onInput={setNext}
          describedBy={`${id}-rules`}
          ref={(el) => (nextInput = el)}
        />
        <PasswordRules id={`${id}-rules`} password={next()} />
        <FormAlert message={error()} />
        <div class="profile-actions">
          <button type="submit" class="profile-button" aria-disabled={saving() ? 'true' : undefined}>
            {text.save}
          </button>
        </div>
        <StatusNotice message={notice()} />
      </form>
    </section>
  );
}
