import { createSignal, createUniqueId, Match, Show, Switch } from 'solid-js';
import { ROUTES, type Failure } from 'shared-auth';
import { sharedAuth } from 'shared-auth/runtime';
import { errorCode, errorMessage, FormAlert, PasswordField, passwordProblem, PasswordRules, StatusNotice, SubmitButton } from 'portal-ui';
import { Heading } from '../frame/Heading';
import { ScreenLink } from '../navigation/ScreenLink';
import { useText, type AuthPhrase } from '../i18n/catalogs';
import { heldResetToken, releaseResetToken } from './resetToken';

/** One `New password` field (no second copy to retype: the show toggle checks it better). */
export function ResetPassword() {
  const { t, say } = useText();
  const rulesId = `auth-rules-${createUniqueId()}`;
  const [token, setToken] = createSignal(heldResetToken());
  const [password, setPassword] = createSignal('');
  const [error, setError] = createSignal<AuthPhrase | null>(null);
  const [submitting, setSubmitting] = createSignal(false);
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const [done, setDone] = createSignal(false);
  let passwordInput: HTMLInputElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const key = token();
    if (submitting() || !key) return;
    const problem = passwordProblem(password());
    setError(problem);
    if (problem) return passwordInput?.focus();
    setFailure(null);
    setSubmitting(true);
    const result = await sharedAuth.resetPassword(key, password());
    setSubmitting(false);
    setPassword('');
    if (result.ok) {
      releaseResetToken();
      setToken(null);
      return setDone(true);
    }
    setFailure(result.error);
    if (errorCode(result.error) === 'invalid_access_token') {
      // The link is spent or expired: only a new one helps.
      releaseResetToken();
      setToken(null);
    }
  };

  return (
    <Switch>
      <Match when={done()}>
        <StatusNotice tone="success">
          <Heading focus>{t('resetPassword.doneHeading')}</Heading>
          <p>{t('resetPassword.done')}</p>
        </StatusNotice>
        <ul class="auth-links">
          <li>
            <ScreenLink to={ROUTES.login} variant="primary" class="pui-button">
              {t('link.login')}
            </ScreenLink>
          </li>
        </ul>
      </Match>
      <Match when={!done()}>
        <Heading>{t('resetPassword.heading')}</Heading>
        <FormAlert message={failure() ? errorMessage(t, failure()!) : null} />
        <Show
          when={token()}
          fallback={
            <>
              <Show when={!failure()}>
                <p class="pui-text">{t('resetPassword.noLink')}</p>
              </Show>
              <ul class="auth-links">
                <li>
                  <ScreenLink to={ROUTES.forgotPassword}>{t('link.newResetLink')}</ScreenLink>
                </li>
                <li>
                  <ScreenLink to={ROUTES.login}>{t('link.backToLogin')}</ScreenLink>
                </li>
              </ul>
            </>
          }
        >
          <p class="pui-text pui-muted">{t('resetPassword.intro')}</p>
          <form class="pui-form" novalidate onSubmit={(event) => void submit(event)}>
            <PasswordField
              label={t('field.newPassword')}
              autocomplete="new-password"
              value={password()}
              onInput={setPassword}
              error={say(error())}
              describedBy={rulesId}
              ref={(el) => (passwordInput = el)}
            />
            <PasswordRules id={rulesId} password={password()} />
            <SubmitButton submitting={submitting()}>{t('button.setNewPassword')}</SubmitButton>
          </form>
        </Show>
      </Match>
    </Switch>
  );
}
