/** Renders shell components as main.tsx does: inside a TranslatorProvider following a locale source. */
import type { JSX } from 'solid-js';
import { render } from '@solidjs/testing-library';
import { createTranslator, TranslatorProvider } from 'portal-ui';
import { shellCatalogs } from '../i18n/catalogs';

export function renderInShell(ui: () => JSX.Element, locale: () => string = () => 'en') {
  return render(() => <TranslatorProvider value={createTranslator(shellCatalogs, locale)}>{ui()}</TranslatorProvider>);
}
