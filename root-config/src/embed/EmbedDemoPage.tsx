import { createEffect, type Accessor } from 'solid-js';
import { render } from 'solid-js/web';
import { TranslatorProvider } from 'portal-ui';
import { useShellText, type ShellTranslator } from '../i18n/catalogs';
import { withElements } from '../i18n/withElements';

/** The Acme host page around the parcels: the parcels are mounted into the two slots it hands out. */
export function EmbedDemoPage(props: {
  signedInAs: string | null;
  loginSlot: (element: HTMLDivElement) => void;
  registerSlot: (element: HTMLDivElement) => void;
}) {
  const { t, locale } = useShellText();
  createEffect(() => {
    document.title = t('embed.title');
    document.documentElement.lang = locale();
  });
  return (
    <>
      <header class="acme-bar">{t('embed.brand')}</header>
      <main class="acme-layout">
        <article>
          <h1>{t('embed.heading')}</h1>
          <p>{withElements(t('embed.intro'), { config: <code>portal.config.json</code> })}</p>
          <p id="acme-result" class="acme-result" role="status">
            {props.signedInAs === null ? '' : t('embed.signedIn', { name: props.signedInAs })}
          </p>
        </article>
        <aside class="acme-card" aria-label={t('embed.loginLabel')}>
          <div id="acme-login" ref={props.loginSlot} />
        </aside>
        <section class="acme-card acme-register" aria-labelledby="acme-register-heading">
          <h2 id="acme-register-heading">{t('embed.registerHeading')}</h2>
          <p>{t('embed.registerIntro')}</p>
          <div id="acme-register" ref={props.registerSlot} />
        </section>
      </main>
    </>
  );
}

/** Renders the page into `element`; returns the elements the parcels mount into. */
export function showEmbedDemoPage(
  element: HTMLElement,
  i18n: ShellTranslator,
  signedInAs: Accessor<string | null>,
): { login: HTMLDivElement; register: HTMLDivElement } {
  let login!: HTMLDivElement;
  let register!: HTMLDivElement;
  render(
    () => (
      <TranslatorProvider value={i18n}>
        <EmbedDemoPage signedInAs={signedInAs()} loginSlot={(slot) => (login = slot)} registerSlot={(slot) => (register = slot)} />
      </TranslatorProvider>
    ),
    element,
  );
  return { login, register };
}
