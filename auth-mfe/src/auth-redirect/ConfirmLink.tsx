import { createSignal, Show } from 'solid-js';
import type { User } from 'portal-contract';
import { SubmitButton } from 'portal-ui';
import { Heading } from '../frame/Heading';
import { useText } from '../i18n/catalogs';

/**
 * A sign-in link this browser did not ask for, or one for another account than the signed-in one (login CSRF):
 * the user says whether to sign in with it. Nothing has changed until they do.
 */
export function ConfirmLink(props: { user: User; current: User | null; onAnswer: (accept: boolean) => Promise<void> }) {
  const { t } = useText();
  const [answering, setAnswering] = createSignal<boolean | null>(null);
  const answer = (accept: boolean) => {
    if (answering() !== null) return;
    setAnswering(accept);
    void props.onAnswer(accept).finally(() => setAnswering(null));
  };
  return (
    <>
      <Heading focus>{t('authRedirect.confirmHeading', { email: props.user.email })}</Heading>
      <Show when={props.current} fallback={<p class="pui-text">{t('authRedirect.confirmUnasked', { email: props.user.email })}</p>}>
        {(current) => <p class="pui-text">{t('authRedirect.confirmSwitch', { email: props.user.email, current: current().email })}</p>}
      </Show>
      <div class="pui-form">
        <SubmitButton type="button" submitting={answering() === true} onClick={() => answer(true)}>
          {t('authRedirect.continueAs', { email: props.user.email })}
        </SubmitButton>
        <SubmitButton type="button" variant="secondary" submitting={answering() === false} onClick={() => answer(false)}>
          <Show when={props.current} fallback={t('authRedirect.cancel')}>
            {(current) => t('authRedirect.stayAs', { current: current().email })}
          </Show>
        </SubmitButton>
      </div>
    </>
  );
}
