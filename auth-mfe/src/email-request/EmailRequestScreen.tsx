import { createSignal, Match, Switch, type JSX } from 'solid-js';
import type { Result } from 'portal-contract';
import { CheckEmail } from '../check-email/CheckEmail';
import { Heading } from '../frame/Heading';
import { useText, type AuthKey } from '../i18n/catalogs';
import { EmailRequestForm } from './EmailRequestForm';

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
  const [sentTo, setSentTo] = createSignal<string | null>(null);

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
        <EmailRequestForm send={(address) => props.send(address)} submitLabel={t(props.button)} onSent={setSentTo} />
        {props.links}
      </Match>
    </Switch>
  );
}
