import { createSignal, Show } from 'solid-js';
import type { SignOutReason } from 'portal-contract';
import { sharedAuth } from 'shared-auth/runtime';
import { StatusNotice } from 'portal-ui';
import { useText } from '../i18n/catalogs';

/**
 * On the login screen, how the last session ended: "You are logged out." after the user's own logout, the reason
 * otherwise (another device, expiry, another tab). A polite status; Dismiss hides it (focus goes to the form), and
 * the next sign-in ends it.
 */
export function SessionEnded() {
  const { t } = useText();
  const [dismissed, setDismissed] = createSignal(false);
  const ended = () => (dismissed() ? null : sharedAuth.state.endedReason);
  let notice: HTMLDivElement | undefined;
  /** Why it ended, when it was not the user's own logout. */
  const cause = (reason: SignOutReason) => (reason === 'user' ? null : t(`sessionEnded.${reason}`));

  const dismiss = () => {
    const field = (notice?.closest('.pui-root') ?? document).querySelector<HTMLElement>('input:not([type=hidden])');
    setDismissed(true);
    field?.focus();
  };

  return (
    <Show when={ended()}>
      {(reason) => (
        <StatusNotice>
          <div class="auth-session-ended" ref={notice}>
            <Show when={cause(reason())} fallback={<p>{t('sessionEnded.user')}</p>}>
              {(text) => (
                <p>
                  <strong>{t('sessionEnded.title')}.</strong> {text()}
                </p>
              )}
            </Show>
            <button type="button" class="pui-button" data-variant="secondary" onClick={dismiss}>
              {t('sessionEnded.dismiss')}
            </button>
          </div>
        </StatusNotice>
      )}
    </Show>
  );
}
