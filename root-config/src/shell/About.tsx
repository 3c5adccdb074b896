import { createResource, For, Show, createSignal } from 'solid-js';
import { REMOTES, type RemoteName } from 'shared-auth';
import { useShellText } from '../i18n/catalogs';

interface VersionInfo {
  name: string;
  version: string;
  commit: string;
  builtAt: string;
  label?: string;
}

/** version.json sits beside each part's entry file. */
export function versionUrl(entryUrl: string): string {
  return new URL('version.json', entryUrl).href;
}

async function fetchVersions(remotes: Record<RemoteName, string>): Promise<Array<{ part: string; info: VersionInfo | null }>> {
  const sources: Array<[string, string]> = [
    ['root-config', new URL('/version.json', window.location.origin).href],
    ...(Object.values(REMOTES) as RemoteName[]).map((name): [string, string] => [name, versionUrl(remotes[name])]),
  ];
  return Promise.all(
    sources.map(async ([part, url]) => {
      try {
        const response = await fetch(url, { cache: 'no-cache' });
        return { part, info: response.ok ? ((await response.json()) as VersionInfo) : null };
      } catch {
        return { part, info: null };
      }
    }),
  );
}

/** Footer disclosure: which build of each part is running, so support can tell what a user had. */
export function About(props: { remotes: Record<RemoteName, string> }) {
  const { t, locale } = useShellText();
  const [open, setOpen] = createSignal(false);
  const [versions] = createResource(open, () => fetchVersions(props.remotes));
  return (
    <div class="portal-about">
      <button type="button" class="portal-link-button" aria-expanded={open()} onClick={() => setOpen(!open())}>
        {t('about.toggle')}
      </button>
      <Show when={open()}>
        <Show when={versions()} fallback={<p role="status">{t('about.loading')}</p>}>
          {(list) => (
            <table class="portal-versions">
              <caption>{t('about.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('about.part')}</th>
                  <th scope="col">{t('about.version')}</th>
                  <th scope="col">{t('about.commit')}</th>
                  <th scope="col">{t('about.built')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(row) => (
                    <tr>
                      <th scope="row">{row.part}</th>
                      <td>{row.info ? row.info.version + (row.info.label ? ` (${row.info.label})` : '') : t('about.unavailable')}</td>
                      <td>{row.info?.commit ?? '–'}</td>
                      <td>{row.info ? new Date(row.info.builtAt).toLocaleString(locale()) : '–'}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          )}
        </Show>
      </Show>
    </div>
  );
}
