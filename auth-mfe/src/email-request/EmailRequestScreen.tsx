import { createSignal, Match, Switch, type JSX } from 'solid-js';
import type { Result } from 'portal-contract';
import { createFieldChecks, createSubmission, SubmissionForm } from 'portal-ui';
import { CheckEmail } from '../check-email/CheckEmail';
import { Heading } from '../frame/Heading';
import { useText, type AuthKey, type AuthPhrase } from '../i18n/catalogs';
import { EmailField } from '../navigation/EmailField';
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
  const { t } = useText();
  const [email, setEmail] = createSignal('');
  const checks = createFieldChecks<'email', AuthPhrase>(['email']);
  const request = createSubmission((address: string) => props.send(address));
  const [sentTo, setSentTo] = createSignal<string | null>(null);

  const submit = async () => {
    if (!checks.passes({ email: emailProblem(email()) })) return;
    const address = email().trim();
    if ((await request.submit(address))?.ok) setSentTo(address);
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
        <SubmissionForm submission={request} checks={checks} onSubmit={submit} submitLabel={t(props.button)}>
          <EmailField value={email} onInput={setEmail} checks={checks} />
        </SubmissionForm>
        {props.links}
      </Match>
    </Switch>
  );
}
