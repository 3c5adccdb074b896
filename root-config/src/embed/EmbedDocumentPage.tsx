import { createEffect } from 'solid-js';
import { useShellText } from '../i18n/catalogs';
import type { EmbedDocument } from './documents';

/** The embed demo's terms of service or privacy policy: the pages its register parcel's consent links open. */
export function EmbedDocumentPage(props: { document: EmbedDocument }) {
  const { t, locale } = useShellText();
  const heading = () => t(props.document === 'terms' ? 'embed.termsHeading' : 'embed.privacyHeading');
  createEffect(() => {
    document.title = `${heading()} · ${t('embed.brand')}`;
    document.documentElement.lang = locale();
  });
  return (
    <>
      <header class="acme-bar">{t('embed.brand')}</header>
      <main class="acme-document">
        <h1>{heading()}</h1>
        <p>{t('embed.documentText')}</p>
        <p>
          <a href="/embed-demo">{t('embed.back')}</a>
        </p>
      </main>
    </>
  );
}
