import { createSignal, Show } from 'solid-js';
import { ROUTES, type Failure } from 'shared-auth';
import { sharedAuth } from 'shared-auth/runtime';
import {
  createRetryWait,
  errorCode,
  errorMessage,
  FormAlert,
  PasswordField,
  RetryNotice,
  StatusNotice,
  SubmitButton,
  TextField,
} from 'portal-ui';
import { Heading } from '../frame/Heading';
import { emailProblem } from '../navigation/emailProblem';
import { ScreenLink } from '../navigation/ScreenLink';
import { useScreenNavigation } from '../navigation/ScreenNavigation';
import { useText, type AuthPhrase } from '../i18n/catalogs';

/** Why the last session ended, in words, when it was not the user's own logout. */
function SessionEnded() {
  const { t } = useText();
  const reason = () => {
    const ended = sharedAuth.state.endedReason;
    return ended && ended !== 'user' ? t(`sessionEnded.${ended}`) : null;
  };
  return (
    <Show when={reason()}>
      <StatusNotice>
        <p>
          <strong>{t('sessionEnded.title')}.</strong> {reason()}
        </p>
      </StatusNotice>
    </Show>
  );
}

export function Login() {
  const { t, say } = useText();
  const navigation = useScreenNavigation();
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [errors, setErrors] = createSignal<{ email: AuthPhrase | null; password: AuthPhrase | null }>({ email: null, password: null });
  const [submitting, setSubmitting] = createSignal(false);
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const [resending, setResending] = createSignal(false);
  const [resentTo, setResentTo] = createSignal<string | null>(null);
  const wait = createRetryWait();
  let emailInput: HTMLInputElement | undefined;
  let passwordInput: HTMLInputElement | undefined;

  /** A 429 waits, keeping what was typed; any other failure is an alert. True if it was an alert. */
  const fail = (error: Failure) => {
    const limited = wait.startFrom(error);
    setFailure(limited ? null : error);
    return !limited;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (submitting() || wait.blocked()) return;
    const problems: ReturnType<typeof errors> = {
      email: emailProblem(email()),
      password: password() ? null : { key: 'fieldError.passwordMissing' },
    };
    setErrors(problems);
    if (problems.email) return emailInput?.focus();
    if (problems.password) return passwordInput?.focus();
    setFailure(null);
    setResentTo(null);
    setSubmitting(true);
    const result = await sharedAuth.signIn(email().trim(), password());
    setSubmitting(false);
    if (result.ok) return navigation.signedIn(result.value, navigation.redirect());
    if (fail(result.error)) setPassword('');
  };

  const resendVerification = async () => {
    if (resending()) return;
    const address = email().trim();
    setResending(true);
    const result = await sharedAuth.resendVerification(address);
    setResending(false);
    if (!result.ok) return void fail(result.error);
    setFailure(null);
    setResentTo(address);
  };

  return (
    <>
      <Heading>{t('login.heading')}</Heading>
      <SessionEnded />
      <Show when={resentTo()}>
        {(address) => (
          <StatusNotice tone="success">
            <p>{t('login.verificationSent', { email: address() })}</p>
          </StatusNotice>
        )}
      </Show>
      <FormAlert message={failure() ? errorMessage(t, failure()!) : null}>
        <Show when={failure() && errorCode(failure()!) === 'email_not_verified'}>
          <SubmitButton type="button" variant="secondary" submitting={resending()} onClick={() => void resendVerification()}>
            {t('button.resendVerification')}
          </SubmitButton>
        </Show>
      </FormAlert>
      <form class="pui-form" novalidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('field.email')}
          type="email"
          autocomplete="email"
          value={email()}
          onInput={setEmail}
          error={say(errors().email)}
          ref={(element) => (emailInput = element)}
        />
        <PasswordField
          label={t('field.password')}
          autocomplete="current-password"
          value={password()}
          onInput={setPassword}
          error={say(errors().password)}
          ref={(element) => (passwordInput = element)}
        />
        <SubmitButton submitting={submitting()} disabled={wait.blocked()}>
          {t('button.login')}
        </SubmitButton>
        <RetryNotice wait={wait} />
      </form>
      <ul class="auth-links" aria-label={t('login.alternatives')}>
        <li>
          <ScreenLink to={ROUTES.forgotPassword}>{t('link.forgotPassword')}</ScreenLink>
        </li>
        <li>
          <ScreenLink to={ROUTES.magicLink}>{t('link.magicLink')}</ScreenLink>
        </li>
        <li>
          <ScreenLink to={ROUTES.register}>{t('link.createAccount')}</ScreenLink>
        </li>
      </ul>
    </>
  );
}
