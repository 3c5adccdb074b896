import { createSignal, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { ROUTES, type Failure } from 'shared-auth';
import { sharedAuth } from 'shared-auth/runtime';
import {
  createCountdown,
  errorCode,
  errorMessage,
  FormAlert,
  PasswordField,
  retryAfterOf,
  StatusNotice,
  SubmitButton,
  TextField,
  uiText,
} from 'portal-ui';
import { Heading } from '../frame/Heading';
import { emailProblem } from '../navigation/emailProblem';
import { ScreenLink } from '../navigation/ScreenLink';
import { useScreenNavigation } from '../navigation/ScreenNavigation';
import { buttons, fieldErrors, labels, links, text } from '../text';

/** Why the last session ended, in words, when it was not the user's own logout. */
function SessionEnded() {
  const reason = () => {
    const ended = sharedAuth.state.endedReason;
    return ended && ended !== 'user' ? text.sessionEnded.reason[ended] : null;
  };
  return (
    <Show when={reason()}>
      <StatusNotice>
        <p>
          <strong>{text.sessionEnded.title}.</strong> {reason()}
        </p>
      </StatusNotice>
    </Show>
  );
}

export function Login() {
  const navigation = useScreenNavigation();
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [errors, setErrors] = createStore<{ email: string | null; password: string | null }>({ email: null, password: null });
  const [submitting, setSubmitting] = createSignal(false);
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const [resending, setResending] = createSignal(false);
  const [resentTo, setResentTo] = createSignal<string | null>(null);
  const wait = createCountdown();
  let emailInput: HTMLInputElement | undefined;
  let passwordInput: HTMLInputElement | undefined;

  const fail = (error: Failure) => {
    setFailure(error);
    const seconds = errorCode(error) === 'too_many_requests' ? retryAfterOf(error) : undefined;
    if (seconds) wait.start(seconds);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (submitting() || wait.remaining() > 0) return;
    const problems = { email: emailProblem(email()), password: password() ? null : fieldErrors.passwordMissing };
    setErrors(problems);
    if (problems.email) return emailInput?.focus();
    if (problems.password) return passwordInput?.focus();
    setFailure(null);
    setResentTo(null);
    setSubmitting(true);
    const result = await sharedAuth.signIn(email().trim(), password());
    setSubmitting(false);
    if (result.ok) return navigation.signedIn(result.value, navigation.redirect());
    setPassword('');
    fail(result.error);
  };

  const resendVerification = async () => {
    if (resending()) return;
    const address = email().trim();
    setResending(true);
    const result = await sharedAuth.resendVerification(address);
    setResending(false);
    if (!result.ok) return fail(result.error);
    setFailure(null);
    setResentTo(address);
  };

  return (
    <>
      <Heading>{text.login.heading}</Heading>
      <SessionEnded />
      <Show when={resentTo()}>
        {(address) => (
          <StatusNotice tone="success">
            <p>{text.login.verificationSent(address())}</p>
          </StatusNotice>
        )}
      </Show>
      <FormAlert message={failure() ? errorMessage(failure()!) : null}>
        <Show when={failure() && errorCode(failure()!) === 'email_not_verified'}>
          <SubmitButton type="button" variant="secondary" submitting={resending()} onClick={() => void resendVerification()}>
            {buttons.resendVerification}
          </SubmitButton>
        </Show>
      </FormAlert>
      <form class="pui-form" novalidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={labels.email}
          type="email"
          autocomplete="email"
          value={email()}
          onInput={setEmail}
          error={errors.email}
          ref={(element) => (emailInput = element)}
        />
        <PasswordField
          label={labels.password}
          autocomplete="current-password"
          value={password()}
          onInput={setPassword}
          error={errors.password}
          ref={(element) => (passwordInput = element)}
        />
        <SubmitButton submitting={submitting()} disabled={wait.remaining() > 0}>
          {buttons.login}
        </SubmitButton>
        <Show when={wait.remaining() > 0}>
          <p class="auth-hint">{uiText.waitSeconds(wait.remaining())}</p>
        </Show>
      </form>
      <ul class="auth-links" aria-label={text.login.alternatives}>
        <li>
          <ScreenLink to={ROUTES.forgotPassword}>{links.forgotPassword}</ScreenLink>
        </li>
        <li>
          <ScreenLink to={ROUTES.magicLink}>{links.magicLink}</ScreenLink>
        </li>
        <li>
          <ScreenLink to={ROUTES.register}>{links.createAccount}</ScreenLink>
        </li>
      </ul>
    </>
  );
}
