import { createSignal, Show } from 'solid-js';
import { ROUTES, type Failure, type Result } from 'shared-auth';
import { createCountdown, errorMessage, FormAlert, retryAfterOf, StatusNotice, SubmitButton, uiText } from 'portal-ui';
import { Heading } from '../frame/Heading';
import { ScreenLink } from '../navigation/ScreenLink';
import { links, text } from '../text';

/** The step after a mail was sent: what to do next, and a way to send it again. */
export function CheckEmail(props: { message: string; resendLabel: string; resend: () => Promise<Result<null>> }) {
  const [sending, setSending] = createSignal(false);
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const [resent, setResent] = createSignal(false);
  const wait = createCountdown();

  const sendAgain = async () => {
    if (sending() || wait.remaining() > 0) return;
    setFailure(null);
    setResent(false);
    setSending(true);
    const result = await props.resend();
    setSending(false);
    if (result.ok) return setResent(true);
    setFailure(result.error);
    const seconds = retryAfterOf(result.error);
    if (seconds) wait.start(seconds);
  };

  return (
    <>
      <StatusNotice tone="success">
        <Heading focus>{text.checkEmail.heading}</Heading>
        <p>{props.message}</p>
        <Show when={resent()}>
          <p>{text.checkEmail.resent}</p>
        </Show>
      </StatusNotice>
      <FormAlert message={failure() ? errorMessage(failure()!) : null} />
      <div class="auth-section">
        <p class="auth-hint">{text.checkEmail.notArrived}</p>
        <SubmitButton
          type="button"
          variant="secondary"
          submitting={sending()}
          disabled={wait.remaining() > 0}
          onClick={() => void sendAgain()}
        >
          {props.resendLabel}
        </SubmitButton>
        <Show when={wait.remaining() > 0}>
          <p class="auth-hint">{uiText.waitSeconds(wait.remaining())}</p>
        </Show>
      </div>
      <ul class="auth-links">
        <li>
          <ScreenLink to={ROUTES.login}>{links.backToLogin}</ScreenLink>
        </li>
      </ul>
    </>
  );
}
