import { createSignal, Match, Show, Switch } from 'solid-js';
import { ROUTES } from 'portal-contract';
import { sharedAuth } from 'shared-auth/runtime';
import {
  createFieldChecks,
  createSubmission,
  errorCode,
  NewPasswordField,
  passwordProblem,
  StatusNotice,
  SubmissionAlert,
  SubmissionForm,
} from 'portal-ui';
import { Heading } from '../frame/Heading';
import { EmailField } from '../navigation/EmailField';
import { emailProblem } from '../navigation/emailProblem';
import { useScreenNavigation } from '../navigation/ScreenNavigation';
import { ScreenLink } from '../navigation/ScreenLink';
import { useText, type AuthPhrase } from '../i18n/catalogs';
import { heldResetToken, releaseResetToken } from './resetToken';

/**
 * One `New password` field (no second copy to retype: the show toggle checks it better). Once it is set, the user
 * is offered to log in with it at once: the reset opens no session and its answer does not say whose account it
 * was, so only the address is asked for (the new password is kept in memory until then).
 */
export function ResetPassword() {
  const { t, say } = useText();
  const navigation = useScreenNavigation();
  const [email, setEmail] = createSignal('');
  const [newPassword, setNewPassword] = createSignal<string | null>(null);
  const emailChecks = createFieldChecks<'email', AuthPhrase>(['email']);
  const signIn = createSubmission((address: string, secret: string) => sharedAuth.signIn(address, secret));
  const [token, setToken] = createSignal(heldResetToken());
  const [password, setPassword] = createSignal('');
  const checks = createFieldChecks<'password', AuthPhrase>(['password']);
  const reset = createSubmission((key: string, secret: string) => sharedAuth.resetPassword(key, secret));
  const done = () => reset.result() === null;

  const submit = async () => {
    const key = token();
    if (!key || !checks.passes({ password: passwordProblem(password()) })) return;
    const chosen = password();
    const result = await reset.submit(key, chosen);
    // A 429 keeps the password typed (it is counted down); any other answer clears it.
    if (!result || reset.wait.blocked()) return;
    setPassword('');
    if (result.ok) setNewPassword(chosen);
    // Done, or the link is spent or expired: only a new one helps.
    if (result.ok || errorCode(result.error) === 'invalid_access_token') {
      releaseResetToken();
      setToken(null);
    }
  };

  const logIn = async () => {
    const secret = newPassword();
    if (!secret || !emailChecks.passes({ email: emailProblem(email()) })) return;
    const result = await signIn.submit(email().trim(), secret);
    if (result?.ok) {
      setNewPassword(null);
      navigation.signedIn(result.value, navigation.redirect());
    }
  };

  return (
    <Switch>
      <Match when={done()}>
        <StatusNotice tone="success">
          <Heading focus>{t('resetPassword.doneHeading')}</Heading>
          <p>{t('resetPassword.done')}</p>
        </StatusNotice>
        <Show
          when={newPassword()}
          fallback={
            <ul class="auth-links">
              <li>
                <ScreenLink to={ROUTES.login} variant="primary" class="pui-button">
                  {t('link.login')}
                </ScreenLink>
              </li>
            </ul>
          }
        >
          <p class="pui-text">{t('resetPassword.logInNow')}</p>
          <SubmissionForm submission={signIn} checks={emailChecks} onSubmit={logIn} submitLabel={t('button.login')}>
            <EmailField value={email} onInput={setEmail} checks={emailChecks} />
          </SubmissionForm>
        </Show>
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
          {/* Its alert stands above, as a spent link's failure stays when the form goes. */}
          <SubmissionForm submission={reset} alert={false} checks={checks} onSubmit={submit} submitLabel={t('button.setNewPassword')}>
            <NewPasswordField label={t('field.newPassword')} value={password()} onInput={setPassword} {...checks.bind('password', say)} />
          </SubmissionForm>
        </Show>
      </Match>
    </Switch>
  );
}
