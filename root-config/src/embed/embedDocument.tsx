/** The embed demo's terms or privacy page (embed-demo/terms/, embed-demo/privacy/), in the browser's language. */
import { Show } from 'solid-js';
import { render } from 'solid-js/web';
import { TranslatorProvider } from 'portal-ui';
import { browserLocale, createPageTranslator } from '../i18n/shellTranslator';
import { documentAt } from './documents';
import { EmbedDocumentPage } from './EmbedDocumentPage';
import './acme.css';

const i18n = createPageTranslator(() => browserLocale());
const element = document.getElementById('acme-page')!;
render(
  () => (
    <TranslatorProvider value={i18n}>
      <Show when={i18n.ready()}>
        <EmbedDocumentPage document={documentAt(window.location.pathname)} />
      </Show>
    </TranslatorProvider>
  ),
  element,
);
