import { createSignal, createUniqueId, Match, Switch } from 'solid-js';
import { createStore } from 'solid-js/store';
import { ROUTES, type Failure } from 'shared-auth';
import { sharedAuth } from 'shared-auth/runtime';
import { errorMessage, FormAlert, PasswordField, passwordProblem, PasswordRules, SubmitButton, TextField } from 'portal-ui';
import { CheckEmail } from '../check-email/CheckEmail';
import { Heading } from '../frame/Heading';
import { emailProblem } from '../navigation/emailProblem';
import { rememberRedirect } from '../navigation/pendingRedirect';
import { ScreenLink } from '../navigation/ScreenLink';
import { useScreenNavigation } from '../navigation/ScreenNavigation';
import { buttons, fieldErrors, labels, links, text } from '../text';

export function Register() {
  const navigation = useScreenNavigation();
  const rulesId = `auth-rules-${createUniqueId()}`;
  const [name, setName] = createSignal('');
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [errors, setErrors] = createStore<{ name: string | null; email: string | null; password: string | null }>({
    name: null,
    email: null,
    password: null,
  });
  const [submitting, setSubmitting] = createSignal(false);
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const [sentTo, setSentTo] = createSignal<string | null>(null);
  const inputs: Partial<Record<'name' | 'email' | 'password', HTMLInputElement>> = {};

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (submitting()) return;
    const problems = {
      name: name().trim() ? null : fieldErrors.nameMissing,
      email: emailProblem(email()),
      password: passwordProblem(password()),
    };
    setErrors(problems);
    const first = (['name', 'email', 'password'] as const).find((field) => problems[field]);
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
            message={text.register.sentTo(address())}
            resendLabel={buttons.resendVerification}
            resend={() => sharedAuth.resendVerification(address())}
          />
        )}
      </Match>
      <Match when={!sentTo()}>
        <Heading>{text.register.heading}</Heading>
        <FormAlert message={failure() ? errorMessage(failure()!) : null} />
        <form class="pui-form" novalidate onSubmit={(event) => void submit(event)}>
          <TextField
            label={labels.name}
            autocomplete="name"
            value={name()}
            onInput={setName}
            error={errors.name}
            ref={(el) => (inputs.name = el)}
          />
          <TextField
            label={labels.email}
            type="email"
            autocomplete="email"
            value={email()}
            onInput={setEmail}
            error={errors.email}
            ref={(el) => (inputs.email = el)}
          />
          <PasswordField
            label={labels.password}
            autocomplete="new-password"
            value={password()}
            onInput={setPassword}
            error={errors.password}
            describedBy={rulesId}
            ref={(el) => (inputs.password = el)}
          />
          <PasswordRules id={rulesId} password={password()} />
          <SubmitButton submitting={submitting()}>{buttons.createAccount}</SubmitButton>
        </form>
        <ul class="auth-links">
          <li>
            {text.register.haveAccount} <ScreenLink to={ROUTES.login}>{links.login}</ScreenLink>
          </li>
        </ul>
      </Match>
    </Switch>
  );
}
