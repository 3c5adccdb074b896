import { createSignal, createUniqueId, Match, Show, Switch } from 'solid-js';
import { ROUTES, type ConsentLinks, type Failure } from 'shared-auth';
import { sharedAuth } from 'shared-auth/runtime';
import { errorMessage, FormAlert, PasswordField, passwordProblem, PasswordRules, SubmitButton, TextField } from 'portal-ui';
import { CheckEmail } from '../check-email/CheckEmail';
import { Heading } from '../frame/Heading';
import { useText, type AuthPhrase } from '../i18n/catalogs';
import { emailProblem } from '../navigation/emailProblem';
import { rememberRedirect } from '../navigation/pendingRedirect';
import { ScreenLink } from '../navigation/ScreenLink';
import { useScreenNavigation } from '../navigation/ScreenNavigation';
import { ConsentCheckbox, consentLinks } from './ConsentCheckbox';

type Field = 'name' | 'email' | 'password' | 'consent';

/** Sign-up. With `consent` links (either one), a required checkbox must be ticked before the account is asked for. */
export function Register(props: { consent?: ConsentLinks | undefined }) {
  const { t, say } = useText();
  const navigation = useScreenNavigation();
  const rulesId = `auth-rules-${createUniqueId()}`;
  const consent = () => consentLinks(props.consent);
  const [name, setName] = createSignal('');
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [agreed, setAgreed] = createSignal(false);
  const [errors, setErrors] = createSignal<Record<Field, AuthPhrase | null>>({ name: null, email: null, password: null, consent: null });
  const [submitting, setSubmitting] = createSignal(false);
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const [sentTo, setSentTo] = createSignal<string | null>(null);
  const inputs: Partial<Record<Field, HTMLInputElement>> = {};

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (submitting()) return;
    const problems: Record<Field, AuthPhrase | null> = {
      name: name().trim() ? null : { key: 'fieldError.nameMissing' },
      email: emailProblem(email()),
      password: passwordProblem(password()),
      consent: consent() && !agreed() ? { key: 'register.consentMissing' } : null,
    };
    setErrors(problems);
    const first = (['name', 'email', 'password', 'consent'] as const).find((field) => problems[field]);
    if (first) return inputs[first]?.focus();
    setFailure(null);
    setSubmitting(true);
    const address = email().trim();
    // The confirmation link opens /auth-redirect, often in another tab: remember where the user was going.
    rememberRedirect(navigation.redirect());
    const result = await sharedAuth.signUp(address, password(), name().trim());
    setSubmitting(false);
    if (!result.ok) {
      setPassword('');
      return setFailure(result.error);
    }
    if (result.value.session) return navigation.signedIn(result.value.user, navigation.redirect());
    setPassword('');
    setSentTo(address);
  };

  return (
    <Switch>
      <Match when={sentTo()}>
        {(address) => (
          <CheckEmail
            message={t('register.sentTo', { email: address() })}
            resendLabel={t('button.resendVerification')}
            resend={() => sharedAuth.resendVerification(address())}
          />
        )}
      </Match>
      <Match when={!sentTo()}>
        <Heading>{t('register.heading')}</Heading>
        <FormAlert message={failure() ? errorMessage(t, failure()!) : null} />
        <form class="pui-form" novalidate onSubmit={(event) => void submit(event)}>
          <TextField
            label={t('field.name')}
            autocomplete="name"
            value={name()}
            onInput={setName}
            error={say(errors().name)}
            ref={(el) => (inputs.name = el)}
          />
          <TextField
            label={t('field.email')}
            type="email"
            autocomplete="email"
            value={email()}
            onInput={setEmail}
            error={say(errors().email)}
            ref={(el) => (inputs.email = el)}
          />
          <PasswordField
            label={t('field.password')}
            autocomplete="new-password"
            value={password()}
            onInput={setPassword}
            error={say(errors().password)}
            describedBy={rulesId}
            ref={(el) => (inputs.password = el)}
          />
          <PasswordRules id={rulesId} password={password()} />
          <Show when={consent()}>
            {(links) => (
              <ConsentCheckbox
                links={links()}
                checked={agreed()}
                onChange={(checked) => {
                  setAgreed(checked);
                  if (checked) setErrors((shown) => ({ ...shown, consent: null }));
                }}
                error={say(errors().consent)}
                ref={(el) => (inputs.consent = el)}
              />
            )}
          </Show>
          <SubmitButton submitting={submitting()}>{t('button.createAccount')}</SubmitButton>
        </form>
        <ul class="auth-links">
          <li>
            {t('register.haveAccount')} <ScreenLink to={ROUTES.login}>{t('link.login')}</ScreenLink>
          </li>
        </ul>
      </Match>
    </Switch>
  );
}
