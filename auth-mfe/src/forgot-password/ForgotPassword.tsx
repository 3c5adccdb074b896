import { createSignal, Match, Switch } from 'solid-js';
import { ROUTES, type Failure } from 'shared-auth';
import { sharedAuth } from 'shared-auth/runtime';
import { errorMessage, FormAlert, SubmitButton, TextField } from 'portal-ui';
import { CheckEmail } from '../check-email/CheckEmail';
import { Heading } from '../frame/Heading';
import { emailProblem } from '../navigation/emailProblem';
import { ScreenLink } from '../navigation/ScreenLink';
import { useText, type AuthPhrase } from '../i18n/catalogs';

export function ForgotPassword() {
  const { t, say } = useText();
  const [email, setEmail] = createSignal('');
  const [error, setError] = createSignal<AuthPhrase | null>(null);
  const [submitting, setSubmitting] = createSignal(false);
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const [sentTo, setSentTo] = createSignal<string | null>(null);
  let emailInput: HTMLInputElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (submitting()) return;
    const problem = emailProblem(email());
    setError(problem);
    if (problem) return emailInput?.focus();
    setFailure(null);
    setSubmitting(true);
    const address = email().trim();
    const result = await sharedAuth.sendResetLink(address);
    setSubmitting(false);
    if (!result.ok) return setFailure(result.error);
    setSentTo(address);
  };

  return (
    <Switch>
      <Match when={sentTo()}>
        {(address) => (
          <CheckEmail
            message={t('forgotPassword.sentTo', { email: address() })}
            resendLabel={t('checkEmail.sendAgain')}
            resend={() => sharedAuth.sendResetLink(address())}
          />
        )}
      </Match>
      <Match when={!sentTo()}>
        <Heading>{t('forgotPassword.heading')}</Heading>
        <p class="pui-text pui-muted">{t('forgotPassword.intro')}</p>
        <FormAlert message={failure() ? errorMessage(t, failure()!) : null} />
        <form class="pui-form" novalidate onSubmit={(event) => void submit(event)}>
          <TextField
            label={t('field.email')}
            type="email"
            autocomplete="email"
            value={email()}
            onInput={setEmail}
            error={say(error())}
            ref={(el) => (emailInput = el)}
          />
          <SubmitButton submitting={submitting()}>{t('button.sendResetLink')}</SubmitButton>
        </form>
        <ul class="auth-links">
          <li>
            <ScreenLink to={ROUTES.login}>{t('link.backToLogin')}</ScreenLink>
          </li>
        </ul>
      </Match>
    </Switch>
  );
}
