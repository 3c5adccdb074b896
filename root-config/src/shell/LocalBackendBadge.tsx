import { createResource, createSignal, Show } from 'solid-js';
import { isHttpUrl } from '../config/loadPortalConfig';
import { useShellText } from '../i18n/catalogs';

interface EmulatorInfo {
  name: string;
  outboxUrl?: string;
}

const DISMISSED_KEY = 'portal:local-backend-badge-dismissed';

/** Asks the backend who it is (never guesses from the URL): only altogic-local answers this endpoint. */
export async function detectLocalBackend(envUrl: string): Promise<EmulatorInfo | null> {
  try {
    const response = await fetch(`${envUrl.replace(/\/$/, '')}/_emulator/v1/info`);
    if (!response.ok) return null;
    const info = (await response.json()) as Partial<EmulatorInfo>;
    // The link is built from this answer: only an http(s) address (never javascript: or data:) becomes one.
    return info.name === 'altogic-local' ? { name: info.name, ...(isHttpUrl(info.outboxUrl) ? { outboxUrl: info.outboxUrl } : {}) } : null;
  } catch {
    return null;
  }
}

/** "Local backend" badge linking to the mail outbox, like the emulator banner Firebase users know. */
export function LocalBackendBadge(props: { envUrl: string; outboxUrl: string | undefined }) {
  const { t } = useShellText();
  const [dismissed, setDismissed] = createSignal(sessionStorage.getItem(DISMISSED_KEY) === '1');
  const [info] = createResource(() => props.envUrl, detectLocalBackend);
  const dismiss = () => {
    sessionStorage.setItem(DISMISSED_KEY, '1');
    setDismissed(true);
  };
  return (
    <Show when={!dismissed() && info()}>
      {(local) => (
        <aside class="portal-badge" aria-label={t('badge.label')}>
          <span>{t('badge.label')}</span>
          <Show when={local().outboxUrl ?? props.outboxUrl}>
            {(outbox) => (
              <a href={outbox()} target="_blank" rel="noopener">
                {t('badge.outbox')}
              </a>
            )}
          </Show>
          <button type="button" class="portal-badge-close" aria-label={t('badge.dismiss')} onClick={dismiss}>
            ×
          </button>
        </aside>
      )}
    </Show>
  );
}
