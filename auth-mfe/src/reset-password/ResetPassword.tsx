import { createSignal, createUniqueId, Match, Show, Switch } from 'solid-js';
import { ROUTES } from 'portal-contract';
import { sharedAuth } from 'shared-auth/runtime';
import {
  createFieldChecks,
  createSubmission,
  errorCode,
  PasswordField,
  passwordProblem,
  PasswordRules,
  RetryNotice,
  StatusNotice,
  SubmissionAlert,
  SubmitButton,
} from 'portal-ui';
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
  const checks = createFieldChecks<'password', AuthPhrase>(['password']);
  const reset = createSubmission((key: string, secret: string) => sharedAuth.resetPassword(key, secret));
  const done = () => reset.result() === null;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const key = token();
    if (reset.blocked() || !key || !checks.passes({ password: passwordProblem(password()) })) return;
    const result = await reset.submit(key, password());
    // A 429 keeps the password typed (it is counted down); any other answer clears it.
    if (!result || reset.wait.blocked()) return;
    setPassword('');
    // Done, or the link is spent or expired: only a new one helps.
    if (result.ok || errorCode(result.error) === 'invalid_access_token') {
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
        <SubmissionAlert error={reset.error()} />
        <Show
          when={token()}
          fallback={
            <>
              <Show when={!reset.error()}>
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
          <form
            class="pui-form"
            novalidate
            onSubmit={(event) => void submit(event)}
            onInput={(event) => (checks.edited(event.target), reset.clear())}
          >
            <PasswordField
              label={t('field.newPassword')}
              autocomplete="new-password"
              value={password()}
              onInput={setPassword}
              error={say(checks.problem('password'))}
              describedBy={rulesId}
              ref={checks.ref('password')}
            />
            <PasswordRules id={rulesId} password={password()} />
            <SubmitButton submitting={reset.pending()} disabled={reset.wait.blocked()}>
              {t('button.setNewPassword')}
            </SubmitButton>
            <RetryNotice wait={reset.wait} />
          </form>
        </Show>
      </Match>
    </Switch>
  );
}
