import { createResource, createSignal, Show } from 'solid-js';
import type { RemoteName } from 'portal-contract';
import { useShellText } from '../i18n/catalogs';

/** Footer disclosure: which build of each part is running, so support can tell what a user had. */
export function About(props: { remotes: Record<RemoteName, string> }) {
  const { t } = useShellText();
  const [open, setOpen] = createSignal(false);
  // The table is a chunk of its own, fetched when first opened (no Suspense: the shared Solid need not carry it).
  const [table] = createResource(open, () => import('./VersionTable'));
  return (
    <div class="portal-about">
      <button type="button" class="portal-link-button" aria-expanded={open()} onClick={() => setOpen(!open())}>
        {t('about.toggle')}
      </button>
      <Show when={open()}>
        <Show when={table()} fallback={<p role="status">{t('about.loading')}</p>}>
          {(chunk) => {
            const VersionTable = chunk().VersionTable;
            return <VersionTable remotes={props.remotes} />;
          }}
        </Show>
      </Show>
    </div>
  );
}
