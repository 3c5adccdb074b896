import { createSignal, Show } from 'solid-js';
import { ROUTES } from 'portal-contract';
import { sharedAuth } from 'shared-auth/runtime';
import { createFieldChecks, createSubmission, errorCode, PasswordField, StatusNotice, SubmissionForm, SubmitButton } from 'portal-ui';
import { Heading } from '../frame/Heading';
import { EmailField } from '../navigation/EmailField';
import { emailProblem } from '../navigation/emailProblem';
import { ScreenLink } from '../navigation/ScreenLink';
import { useScreenNavigation } from '../navigation/ScreenNavigation';
import { useText, type AuthPhrase } from '../i18n/catalogs';
import { SessionEnded } from './SessionEnded';

export function Login() {
  const { t, say } = useText();
  const navigation = useScreenNavigation();
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const checks = createFieldChecks<'email' | 'password', AuthPhrase>(['email', 'password']);
  const signIn = createSubmission((address: string, secret: string) => sharedAuth.signIn(address, secret));
  // The form's too: its failure replaces the sign-in's in the one alert, and a 429 of either counts down.
  const resend = createSubmission((address: string) => sharedAuth.resendVerification(address));
  const [resentTo, setResentTo] = createSignal<string | null>(null);

  const submit = async () => {
    if (!checks.passes({ email: emailProblem(email()), password: password() ? null : { key: 'fieldError.passwordMissing' } })) return;
    resend.clear();
    setResentTo(null);
    const result = await signIn.submit(email().trim(), password());
    if (result?.ok) return navigation.signedIn(result.value, navigation.redirect());
    if (signIn.error()) setPassword('');
  };

  const resendVerification = async () => {
    const address = email().trim();
    const result = await resend.submit(address);
    if (!result?.ok) return;
    signIn.clear();
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
      <SubmissionForm
        submission={signIn}
        also={[resend]}
        checks={checks}
        onSubmit={submit}
        submitLabel={t('button.login')}
        alertActions={
          <Show when={signIn.error() && errorCode(signIn.error()!) === 'email_not_verified'}>
            <SubmitButton type="button" variant="secondary" submitting={resend.pending()} onClick={() => void resendVerification()}>
              {t('button.resendVerification')}
            </SubmitButton>
          </Show>
        }
      >
        <EmailField value={email} onInput={setEmail} checks={checks} />
        <PasswordField
          label={t('field.password')}
          autocomplete="current-password"
          value={password()}
          onInput={setPassword}
          {...checks.bind('password', say)}
        />
      </SubmissionForm>
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
