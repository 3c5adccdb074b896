import { createSignal, createUniqueId, Match, Show, Switch } from 'solid-js';
import { ROUTES, type Failure } from 'shared-auth';
import { sharedAuth } from 'shared-auth/runtime';
import { errorCode, errorMessage, FormAlert, PasswordField, passwordProblem, PasswordRules, StatusNotice, SubmitButton } from 'portal-ui';
import { Heading } from '../frame/Heading';
import { ScreenLink } from '../navigation/ScreenLink';
import { buttons, labels, links, text } from '../text';
import { heldResetToken, releaseResetToken } from './resetToken';

/** One `New password` field (no second copy to retype: the show toggle checks it better). */
export function ResetPassword() {
  const rulesId = `auth-rules-${createUniqueId()}`;
  const [token, setToken] = createSignal(heldResetToken());
  const [password, setPassword] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
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
          <Heading focus>{text.resetPassword.doneHeading}</Heading>
          <p>{text.resetPassword.done}</p>
        </StatusNotice>
        <ul class="auth-links">
          <li>
            <ScreenLink to={ROUTES.login} variant="primary" class="pui-button">
              {links.login}
            </ScreenLink>
          </li>
        </ul>
      </Match>
      <Match when={!done()}>
        <Heading>{text.resetPassword.heading}</Heading>
        <FormAlert message={failure() ? errorMessage(failure()!) : null} />
        <Show
          when={token()}
          fallback={
            <>
              <Show when={!failure()}>
                <p class="pui-text">{text.resetPassword.noLink}</p>
              </Show>
              <ul class="auth-links">
                <li>
                  <ScreenLink to={ROUTES.forgotPassword}>{links.newResetLink}</ScreenLink>
                </li>
                <li>
                  <ScreenLink to={ROUTES.login}>{links.backToLogin}</ScreenLink>
                </li>
              </ul>
            </>
          }
        >
          <p class="pui-text pui-muted">{text.resetPassword.intro}</p>
          <form class="pui-form" novalidate onSubmit={(event) => void submit(event)}>
            <PasswordField
              label={labels.newPassword}
              autocomplete="new-password"
              value={password()}
              onInput={setPassword}
              error={error()}
              describedBy={rulesId}
              ref={(el) => (passwordInput = el)}
            />
            <PasswordRules id={rulesId} password={password()} />
            <SubmitButton submitting={submitting()}>{buttons.setNewPassword}</SubmitButton>
          </form>
        </Show>
      </Match>
    </Switch>
  );
}
