/** Renders portal-ui components as an app does: inside a TranslatorProvider whose catalog has arrived. */
import type { JSX } from 'solid-js';
import { render } from '@solidjs/testing-library';
import { createTranslator, loadCatalog, TranslatorProvider, type CatalogLoaders } from '../i18n/createTranslator';
import type { UiMessages } from '../i18n/en';

export const uiLoaders: CatalogLoaders<UiMessages> = { en: () => import('../i18n/en'), de: () => import('../i18n/de') };

export async function renderWithMessages(ui: () => JSX.Element, locale = 'en') {
  await loadCatalog(uiLoaders, locale);
  return render(() => {
    const translator = createTranslator(uiLoaders, () => locale);
    return <TranslatorProvider value={translator}>{ui()}</TranslatorProvider>;
  });
}
