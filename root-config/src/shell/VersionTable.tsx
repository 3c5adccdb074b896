/** The versions table of the footer's "About this portal" (its own chunk: fetched when first opened). */
import { createResource, For, Show } from 'solid-js';
import { REMOTES, type RemoteName } from 'portal-contract';
// portal-ui's hook with the shell's types: importing catalogs.ts would split it into a chunk of its own.
import { useTranslator } from 'portal-ui';
import type { ShellMessages } from '../i18n/catalogs';

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

/** Which build of each part is running, read from each part's version.json when the table is shown. */
export function VersionTable(props: { remotes: Record<RemoteName, string> }) {
  const { t, locale } = useTranslator<ShellMessages>();
  const [versions] = createResource(() => fetchVersions(props.remotes));
  return (
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
  );
}
