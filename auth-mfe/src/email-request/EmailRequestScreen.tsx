import { createSignal, Match, Switch, type JSX } from 'solid-js';
import type { Failure, Result } from 'shared-auth';
import { createRetryWait, errorMessage, FormAlert, RetryNotice, SubmitButton, TextField } from 'portal-ui';
import { CheckEmail } from '../check-email/CheckEmail';
import { Heading } from '../frame/Heading';
import { useText, type AuthKey, type AuthPhrase } from '../i18n/catalogs';
import { emailProblem } from '../navigation/emailProblem';

export interface EmailRequestProps {
  heading: AuthKey;
  intro: AuthKey;
  button: AuthKey;
  /** What the "check your email" step says; `{email}` is the address. */
  sentTo: AuthKey;
  /** Asks the server to mail the address (magic link, reset link). */
  send: (email: string) => Promise<Result<null>>;
  /** Links under the form. */
  links: JSX.Element;
}

/**
 * A screen that asks for an email address and has a link mailed to it: the form, its checks, a 429 wait that
 * keeps the address, then the "check your email" step with a way to send it again.
 */
export function EmailRequestScreen(props: EmailRequestProps) {
  const { t, say } = useText();
  const [email, setEmail] = createSignal('');
  const [error, setError] = createSignal<AuthPhrase | null>(null);
  const [submitting, setSubmitting] = createSignal(false);
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const [sentTo, setSentTo] = createSignal<string | null>(null);
  const wait = createRetryWait();
  let emailInput: HTMLInputElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (submitting() || wait.blocked()) return;
    const problem = emailProblem(email());
    setError(problem);
    if (problem) return emailInput?.focus();
    setFailure(null);
    setSubmitting(true);
    const address = email().trim();
    const result = await props.send(address);
    setSubmitting(false);
    if (result.ok) return setSentTo(address);
    if (!wait.startFrom(result.error)) setFailure(result.error);
  };

  return (
    <Switch>
      <Match when={sentTo()}>
        {(address) => (
          <CheckEmail
            message={t(props.sentTo, { email: address() })}
            resendLabel={t('checkEmail.sendAgain')}
            resend={() => props.send(address())}
          />
        )}
      </Match>
      <Match when={!sentTo()}>
        <Heading>{t(props.heading)}</Heading>
        <p class="pui-text pui-muted">{t(props.intro)}</p>
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
          <SubmitButton submitting={submitting()} disabled={wait.blocked()}>
            {t(props.button)}
          </SubmitButton>
          <RetryNotice wait={wait} />
        </form>
        {props.links}
      </Match>
    </Switch>
  );
}
