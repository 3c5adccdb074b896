import { createSignal, createUniqueId } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { errorMessage, FormAlert, PasswordField, passwordProblem, PasswordRules, StatusNotice, SubmitButton } from 'portal-ui';
import { text } from '../messages';
import { settle } from '../settle';

/** Current + new password. The server ends the other sessions on success (SECURITY S7): `onChanged` lets the list refresh. */
export function PasswordForm(props: { onChanged?: () => void }) {
  const id = createUniqueId();
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [saving, setSaving] = createSignal(false);

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (saving()) return;
    setNotice(null);
    setError(null);
    const refused = !current() ? text.currentPasswordMissing : passwordProblem(next());
    if (refused) {
      setError(refused);
      return;
    }
    setSaving(true);
    const [currentPassword, newPassword] = [current(), next()];
    const result = await settle(() => sharedAuth.changePassword(currentPassword, newPassword));
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
      <form class="pui-form" noValidate onSubmit={(event) => void save(event)}>
        {/* Tells password managers whose password this is. */}
        <input type="email" name="username" autocomplete="username" value={sharedAuth.state.user?.email ?? ''} readOnly hidden />
        <PasswordField
          id={`${id}-current`}
          label={text.currentPassword}
          autocomplete="current-password"
          value={current()}
          onInput={setCurrent}
        />
        <PasswordField
          id={`${id}-new`}
          label={text.newPassword}
          autocomplete="new-password"
          value={next()}
          onInput={setNext}
          describedBy={`${id}-rules`}
        />
        <PasswordRules id={`${id}-rules`} password={next()} />
        <FormAlert message={error()} />
        <div class="profile-actions">
          <SubmitButton submitting={saving()}>{text.save}</SubmitButton>
        </div>
        <StatusNotice tone="success">{notice()}</StatusNotice>
      </form>
    </section>
  );
}
