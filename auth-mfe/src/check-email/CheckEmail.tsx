import { createSignal, Show } from 'solid-js';
import { ROUTES, type Failure, type Result } from 'shared-auth';
import { createRetryWait, errorMessage, FormAlert, RetryNotice, StatusNotice, SubmitButton } from 'portal-ui';
import { Heading } from '../frame/Heading';
import { useText } from '../i18n/catalogs';
import { ScreenLink } from '../navigation/ScreenLink';

/** The step after a mail was sent: what to do next, and a way to send it again. */
export function CheckEmail(props: { message: string; resendLabel: string; resend: () => Promise<Result<null>> }) {
  const { t } = useText();
  const [sending, setSending] = createSignal(false);
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const [resent, setResent] = createSignal(false);
  const wait = createRetryWait();

  const sendAgain = async () => {
    if (sending() || wait.blocked()) return;
    setFailure(null);
    setResent(false);
    setSending(true);
    const result = await props.resend();
    setSending(false);
    if (result.ok) return setResent(true);
    if (!wait.startFrom(result.error)) setFailure(result.error);
  };

  return (
    <>
      <StatusNotice tone="success">
        <Heading focus>{t('checkEmail.heading')}</Heading>
        <p>{props.message}</p>
        <Show when={resent()}>
          <p>{t('checkEmail.resent')}</p>
        </Show>
      </StatusNotice>
      <FormAlert message={failure() ? errorMessage(t, failure()!) : null} />
      <div class="auth-section">
        <p class="auth-hint">{t('checkEmail.notArrived')}</p>
        <SubmitButton type="button" variant="secondary" submitting={sending()} disabled={wait.blocked()} onClick={() => void sendAgain()}>
          {props.resendLabel}
        </SubmitButton>
        <RetryNotice wait={wait} />
      </div>
      <ul class="auth-links">
        <li>
          <ScreenLink to={ROUTES.login}>{t('link.backToLogin')}</ScreenLink>
        </li>
      </ul>
    </>
  );
}
