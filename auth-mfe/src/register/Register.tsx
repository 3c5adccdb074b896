import { createSignal, Match, Show, Switch } from 'solid-js';
import { ROUTES, type ConsentLinks } from 'portal-contract';
import { sharedAuth } from 'shared-auth/runtime';
import { createFieldChecks, createSubmission, NewPasswordField, passwordProblem, SubmissionForm, TextField } from 'portal-ui';
import { CheckEmail } from '../check-email/CheckEmail';
import { Heading } from '../frame/Heading';
import { useText, type AuthPhrase } from '../i18n/catalogs';
import { EmailField } from '../navigation/EmailField';
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
  const consent = () => consentLinks(props.consent);
  const [name, setName] = createSignal('');
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [agreed, setAgreed] = createSignal(false);
  const checks = createFieldChecks<Field, AuthPhrase>(['name', 'email', 'password', 'consent']);
  const signUp = createSubmission((address: string, secret: string, fullName: string) => sharedAuth.signUp(address, secret, fullName));
  const [sentTo, setSentTo] = createSignal<string | null>(null);

  const submit = async () => {
    const fine = checks.passes({
      name: name().trim() ? null : { key: 'fieldError.nameMissing' },
      email: emailProblem(email()),
      password: passwordProblem(password()),
      consent: consent() && !agreed() ? { key: 'register.consentMissing' } : null,
    });
    if (!fine) return;
    const address = email().trim();
    // The confirmation link opens /auth-redirect, often in another tab: remember where the user was going.
    rememberRedirect(navigation.redirect());
    const result = await signUp.submit(address, password(), name().trim());
    if (!result) return;
    // A refusal clears the password (a 429 keeps everything typed: it is counted down instead).
    if (signUp.error()) return setPassword('');
    if (!result.ok) return;
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
        <SubmissionForm submission={signUp} checks={checks} onSubmit={submit} submitLabel={t('button.createAccount')}>
          <TextField label={t('field.name')} autocomplete="name" value={name()} onInput={setName} {...checks.bind('name', say)} />
          <EmailField value={email} onInput={setEmail} checks={checks} />
          <NewPasswordField label={t('field.password')} value={password()} onInput={setPassword} {...checks.bind('password', say)} />
          <Show when={consent()}>
            {(links) => (
              <ConsentCheckbox
                links={links()}
                checked={agreed()}
                onChange={(checked) => {
                  setAgreed(checked);
                  if (checked) checks.clear('consent');
                }}
                {...checks.bind('consent', say)}
              />
            )}
          </Show>
        </SubmissionForm>
        <ul class="auth-links">
          <li>
            {t('register.haveAccount')} <ScreenLink to={ROUTES.login}>{t('link.login')}</ScreenLink>
          </li>
        </ul>
      </Match>
    </Switch>
  );
}
