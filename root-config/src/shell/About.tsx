import { createSignal, lazy, Show, Suspense } from 'solid-js';
import type { RemoteName } from 'portal-contract';
import { useShellText } from '../i18n/catalogs';

const VersionTable = lazy(async () => ({ default: (await import('./VersionTable')).VersionTable }));

/** Footer disclosure: which build of each part is running, so support can tell what a user had. */
export function About(props: { remotes: Record<RemoteName, string> }) {
  const { t } = useShellText();
  const [open, setOpen] = createSignal(false);
  return (
    <div class="portal-about">
      <button type="button" class="portal-link-button" aria-expanded={open()} onClick={() => setOpen(!open())}>
        {t('about.toggle')}
      </button>
      <Show when={open()}>
        <Suspense fallback={<p role="status">{t('about.loading')}</p>}>
          <VersionTable remotes={props.remotes} />
        </Suspense>
      </Show>
    </div>
  );
}
