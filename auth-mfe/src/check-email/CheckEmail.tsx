import { createSignal, Show } from 'solid-js';
import { ROUTES, type Result } from 'portal-contract';
import { createSubmission, RetryNotice, StatusNotice, SubmissionAlert, SubmitButton } from 'portal-ui';
import { Heading } from '../frame/Heading';
import { useText } from '../i18n/catalogs';
import { ScreenLink } from '../navigation/ScreenLink';

/** The step after a mail was sent: what to do next, and a way to send it again. */
export function CheckEmail(props: { message: string; resendLabel: string; resend: () => Promise<Result<null>> }) {
  const { t } = useText();
  const resend = createSubmission(() => props.resend());
  const [resent, setResent] = createSignal(false);

  const sendAgain = async () => {
    if (resend.blocked()) return;
    setResent(false);
    setResent(Boolean((await resend.submit())?.ok));
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
      <SubmissionAlert error={resend.error()} />
      <div class="auth-section">
        <p class="auth-hint">{t('checkEmail.notArrived')}</p>
        <SubmitButton
          type="button"
          variant="secondary"
          submitting={resend.pending()}
          disabled={resend.wait.blocked()}
          onClick={() => void sendAgain()}
        >
          {props.resendLabel}
        </SubmitButton>
        <RetryNotice wait={resend.wait} />
      </div>
      <ul class="auth-links">
        <li>
          <ScreenLink to={ROUTES.login}>{t('link.backToLogin')}</ScreenLink>
        </li>
      </ul>
    </>
  );
}
