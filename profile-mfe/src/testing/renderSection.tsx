/** Renders one section as ProfileApp does: its words follow sharedAuth.state.locale (the fake's, in tests). */
import { createRoot, type JSX } from 'solid-js';
import { render } from '@solidjs/testing-library';
import { sharedAuth } from 'shared-auth/runtime';
import { createTranslator, TranslatorProvider } from 'portal-ui';
import { profileCatalogs } from '../i18n/catalogs';

export function renderSection(ui: () => JSX.Element) {
  return render(() => (
    <TranslatorProvider value={createTranslator(profileCatalogs, () => sharedAuth.state.locale)}>{ui()}</TranslatorProvider>
  ));
}

/** The profile's words in one locale, outside a component (catalogs preloaded by setup.ts). */
export const translatorIn = (locale: string) => createRoot(() => createTranslator(profileCatalogs, () => locale));

/** What a field's aria-describedby points at (its problem first), as one text. */
export const descriptionOf = (input: HTMLElement): string =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
