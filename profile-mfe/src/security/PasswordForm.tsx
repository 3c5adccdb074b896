import { createSignal, createUniqueId } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { failurePhrase, FormAlert, PasswordField, passwordProblem, PasswordRules, StatusNotice, SubmitButton } from 'portal-ui';
import { useText, type ProfilePhrase } from '../i18n/catalogs';
import { settle } from '../settle';

/** Current + new password. The server ends the other sessions on success (SECURITY S7): `onChanged` lets the list refresh. */
export function PasswordForm(props: { onChanged?: () => void }) {
  const { t, say } = useText();
  const id = createUniqueId();
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [error, setError] = createSignal<ProfilePhrase | null>(null);
  const [changed, setChanged] = createSignal(false);
  const [saving, setSaving] = createSignal(false);

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (saving()) return;
    setChanged(false);
    setError(null);
    const refused: ProfilePhrase | null = !current() ? { key: 'security.currentPasswordMissing' } : passwordProblem(next());
    if (refused) {
      setError(refused);
      return;
    }
    setSaving(true);
    const [currentPassword, newPassword] = [current(), next()];
    const result = await settle(() => sharedAuth.changePassword(currentPassword, newPassword));
    setSaving(false);
    if (!result.ok) {
      setError(failurePhrase(result.error));
      return;
    }
    setCurrent('');
    setNext('');
    setChanged(true);
    props.onChanged?.();
  }

  return (
    <section class="profile-subsection" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('security.passwordHeading')}</h3>
      <form class="pui-form" noValidate onSubmit={(event) => void save(event)}>
        {/* Tells password managers whose password this is. */}
        <input type="email" name="username" autocomplete="username" value={sharedAuth.state.user?.email ?? ''} readOnly hidden />
        <PasswordField
          id={`${id}-current`}
          label={t('security.currentPassword')}
          autocomplete="current-password"
          value={current()}
          onInput={setCurrent}
        />
        <PasswordField
          id={`${id}-new`}
          label={t('security.newPassword')}
          autocomplete="new-password"
          value={next()}
          onInput={setNext}
          describedBy={`${id}-rules`}
        />
        <PasswordRules id={`${id}-rules`} password={next()} />
        <FormAlert message={say(error())} />
        <div class="profile-actions">
          <SubmitButton submitting={saving()}>{t('action.save')}</SubmitButton>
        </div>
        <StatusNotice tone="success">{changed() ? t('security.passwordChanged') : null}</StatusNotice>
      </form>
    </section>
  );
}
