import { createSignal, createUniqueId, Show } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { failurePhrase, FormAlert, PasswordField, passwordProblem, PasswordRules, StatusNotice, SubmitButton } from 'portal-ui';
import { useText, type ProfilePhrase } from '../i18n/catalogs';
import { settle } from '../settle';

/**
 * Current + new password. The server ends the other sessions on success (SECURITY S7): `onChanged` lets the list
 * refresh. An account without a password (`hasPassword: false`, from altogic-local) sets its first one: there is
 * no current password to ask for; the user is read again afterwards, so the form becomes "Change password".
 */
export function PasswordForm(props: { onChanged?: () => void }) {
  const { t, say } = useText();
  const settingFirst = () => sharedAuth.state.user?.hasPassword === false;
  const id = createUniqueId();
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [error, setError] = createSignal<ProfilePhrase | null>(null);
  const [done, setDone] = createSignal<'changed' | 'set' | null>(null);
  const [saving, setSaving] = createSignal(false);

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (saving()) return;
    setDone(null);
    setError(null);
    const first = settingFirst();
    const refused: ProfilePhrase | null = !first && !current() ? { key: 'security.currentPasswordMissing' } : passwordProblem(next());
    if (refused) {
      setError(refused);
      return;
    }
    setSaving(true);
    const [currentPassword, newPassword] = [first ? '' : current(), next()];
    const result = await settle(() => sharedAuth.changePassword(currentPassword, newPassword));
    if (result.ok && first) await settle(() => sharedAuth.refreshUser());
    setSaving(false);
    if (!result.ok) {
      setError(failurePhrase(result.error));
      return;
    }
    setCurrent('');
    setNext('');
    setDone(first ? 'set' : 'changed');
    props.onChanged?.();
  }

  return (
    <section class="profile-subsection" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t(settingFirst() ? 'security.setPasswordHeading' : 'security.passwordHeading')}</h3>
      <Show when={settingFirst()}>
        <p class="pui-hint">{t('security.setPasswordIntro')}</p>
      </Show>
      <form class="pui-form" noValidate onSubmit={(event) => void save(event)}>
        {/* Tells password managers whose password this is. */}
        <input type="email" name="username" autocomplete="username" value={sharedAuth.state.user?.email ?? ''} readOnly hidden />
        <Show when={!settingFirst()}>
          <PasswordField
            id={`${id}-current`}
            label={t('security.currentPassword')}
            autocomplete="current-password"
            value={current()}
            onInput={setCurrent}
          />
        </Show>
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
        <StatusNotice tone="success">
          {done() === 'set' ? t('security.passwordSet') : done() === 'changed' ? t('security.passwordChanged') : null}
        </StatusNotice>
      </form>
    </section>
  );
}
