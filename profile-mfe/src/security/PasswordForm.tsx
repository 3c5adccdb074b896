import { createSignal, createUniqueId, Show } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import {
  createFieldChecks,
  createSubmission,
  NewPasswordField,
  PasswordField,
  passwordProblem,
  StatusNotice,
  SubmissionForm,
} from 'portal-ui';
import { useText, type ProfilePhrase } from '../i18n/catalogs';

/**
 * Current + new password. The server ends the other sessions on success (docs/security.md S7); the Sessions page shows
 * them gone. An account without a password (`hasPassword: false`, from altogic-local) sets its first one: there
 * is no current password to ask for; the user is read again afterwards, so the form becomes "Change password".
 * A new password equal to the current one is refused here before the server is asked (which refuses it too).
 */
export function PasswordForm() {
  const { t, say } = useText();
  const settingFirst = () => sharedAuth.state.user?.hasPassword === false;
  const id = createUniqueId();
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [done, setDone] = createSignal<'changed' | 'set' | null>(null);
  const checks = createFieldChecks<'current' | 'next', ProfilePhrase>(['current', 'next']);
  const change = createSubmission(async (currentPassword: string, newPassword: string, first: boolean) => {
    const result = await sharedAuth.changePassword(currentPassword, newPassword);
    if (result.ok && first) await sharedAuth.refreshUser();
    return result;
  });

  async function save() {
    change.clear();
    setDone(null);
    const first = settingFirst();
    const currentProblem: ProfilePhrase | null = first || current() ? null : { key: 'security.currentPasswordMissing' };
    const nextProblem: ProfilePhrase | null =
      passwordProblem(next()) ?? (!first && next() === current() ? { key: 'error.password_same_as_current' } : null);
    if (!checks.passes({ current: currentProblem, next: nextProblem })) return;
    if (!(await change.submit(first ? '' : current(), next(), first))?.ok) return;
    setCurrent('');
    setNext('');
    setDone(first ? 'set' : 'changed');
  }

  return (
    <section class="profile-subsection" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t(settingFirst() ? 'security.setPasswordHeading' : 'security.passwordHeading')}</h3>
      <Show when={settingFirst()}>
        <p class="pui-hint">{t('security.setPasswordIntro')}</p>
      </Show>
      <SubmissionForm
        submission={change}
        checks={checks}
        onSubmit={save}
        submitLabel={t(settingFirst() ? 'security.setPassword' : 'security.changePassword')}
        username={sharedAuth.state.user?.email ?? ''}
        actionsClass="profile-actions"
        footer={
          <StatusNotice tone="success">
            {done() === 'set' ? t('security.passwordSet') : done() === 'changed' ? t('security.passwordChanged') : null}
          </StatusNotice>
        }
      >
        <Show when={!settingFirst()}>
          <PasswordField
            id={`${id}-current`}
            label={t('security.currentPassword')}
            autocomplete="current-password"
            value={current()}
            onInput={setCurrent}
            {...checks.bind('current', say)}
          />
        </Show>
        <NewPasswordField
          id={`${id}-new`}
          label={t('security.newPassword')}
          value={next()}
          onInput={setNext}
          {...checks.bind('next', say)}
        />
      </SubmissionForm>
    </section>
  );
}
