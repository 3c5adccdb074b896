import { For } from 'solid-js';
import type { SharedAuth, SupportedLocale } from 'portal-contract';
import { LOCALES, useShellText } from '../i18n/catalogs';

const OPTIONS = Object.entries(LOCALES) as Array<[SupportedLocale, { name: string }]>;

/**
 * The user's choice of language: a native select (keyboard and screen readers know it), each language named in
 * itself. shared-auth remembers the choice and tells every app and tab; nothing here reloads.
 */
export function LanguageSwitcher(props: { auth: Pick<SharedAuth, 'state' | 'setLocale'> }) {
  const { t } = useShellText();
  return (
    <div class="portal-language">
      <label for="portal-language">{t('header.language')}</label>
      <select id="portal-language" value={props.auth.state.locale} onChange={(event) => props.auth.setLocale(event.currentTarget.value)}>
        <For each={OPTIONS}>
          {([locale, { name }]) => (
            <option value={locale} lang={locale}>
              {name}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
