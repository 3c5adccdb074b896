import { createSignal, Match, Switch } from 'solid-js';
import { ROUTES, type Failure } from 'shared-auth';
import { sharedAuth } from 'shared-auth/runtime';
import { errorMessage, FormAlert, SubmitButton, TextField } from 'portal-ui';
import { CheckEmail } from '../check-email/CheckEmail';
import { Heading } from '../frame/Heading';
import { emailProblem } from '../navigation/emailProblem';
import { rememberRedirect } from '../navigation/pendingRedirect';
import { ScreenLink } from '../navigation/ScreenLink';
import { useScreenNavigation } from '../navigation/ScreenNavigation';
import { buttons, labels, links, text } from '../text';

export function MagicLink() {
  const navigation = useScreenNavigation();
  const [email, setEmail] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
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
    rememberRedirect(navigation.redirect());
    const result = await sharedAuth.sendMagicLink(address);
    setSubmitting(false);
    if (!result.ok) return setFailure(result.error);
    setSentTo(address);
  };

  return (
    <Switch>
      <Match when={sentTo()}>
        {(address) => (
          <CheckEmail
            message={text.magicLink.sentTo(address())}
            resendLabel={text.checkEmail.sendAgain}
            resend={() => sharedAuth.sendMagicLink(address())}
          />
        )}
      </Match>
      <Match when={!sentTo()}>
        <Heading>{text.magicLink.heading}</Heading>
        <p class="pui-text pui-muted">{text.magicLink.intro}</p>
        <FormAlert message={failure() ? errorMessage(failure()!) : null} />
        <form class="pui-form" novalidate onSubmit={(event) => void submit(event)}>
          <TextField
            label={labels.email}
            type="email"
            autocomplete="email"
            value={email()}
            onInput={setEmail}
            error={error()}
            ref={(el) => (emailInput = el)}
          />
          <SubmitButton submitting={submitting()}>{buttons.sendMagicLink}</SubmitButton>
        </form>
        <ul class="auth-links">
          <li>
            <ScreenLink to={ROUTES.login}>{links.backToLogin}</ScreenLink>
          </li>
          <li>
            <ScreenLink to={ROUTES.register}>{links.createAccount}</ScreenLink>
          </li>
        </ul>
      </Match>
    </Switch>
  );
}
