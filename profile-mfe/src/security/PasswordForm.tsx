import { createSignal, createUniqueId } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import {
  createFieldChecks,
  createSubmission,
  PasswordField,
  passwordProblem,
  PasswordRules,
  RetryNotice,
  StatusNotice,
  SubmissionAlert,
  SubmitButton,
} from 'portal-ui';
import { useText, type ProfilePhrase } from '../i18n/catalogs';

/** Current + new password. The server ends the other sessions on success (SECURITY S7); the Sessions page shows them gone. */
export function PasswordForm() {
  const { t, say } = useText();
  const id = createUniqueId();
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const checks = createFieldChecks<'current' | 'next', ProfilePhrase>(['current', 'next']);
  const change = createSubmission((currentPassword: string, newPassword: string) =>
    sharedAuth.changePassword(currentPassword, newPassword),
  );

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (change.blocked()) return;
    change.clear();
    if (!checks.passes({ current: current() ? null : { key: 'security.currentPasswordMissing' }, next: passwordProblem(next()) })) return;
    if (!(await change.submit(current(), next()))?.ok) return;
    setCurrent('');
    setNext('');
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
          error={say(checks.problem('current'))}
          ref={checks.ref('current')}
        />
        <PasswordField
          id={`${id}-new`}
          label={t('security.newPassword')}
          autocomplete="new-password"
          value={next()}
          onInput={setNext}
          error={say(checks.problem('next'))}
          ref={checks.ref('next')}
          describedBy={`${id}-rules`}
        />
        <PasswordRules id={`${id}-rules`} password={next()} />
        <SubmissionAlert error={change.error()} />
        <div class="profile-actions">
          <SubmitButton submitting={change.pending()} disabled={change.wait.blocked()}>
            {t('action.save')}
          </SubmitButton>
        </div>
        <RetryNotice wait={change.wait} />
        <StatusNotice tone="success">{change.result() === null ? t('security.passwordChanged') : null}</StatusNotice>
      </form>
    </section>
  );
}
