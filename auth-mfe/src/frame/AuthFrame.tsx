import { Show, type JSX } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { catalogLocale, createTranslator, loadCatalog, portalUiCss, themeStyle, TranslatorProvider, type Theme } from 'portal-ui';
import { authCatalogs } from '../i18n/catalogs';
import authCss from './auth.css?inline';

// The page's words are asked for when this code arrives, not at the first mount after the shell's start: the
// round trip overlaps that start (the translator below gets the same request).
void loadCatalog(authCatalogs, sharedAuth.state.locale);

/**
 * The root of every auth screen, in the portal or a host page: the scoped styles live in a <style> element
 * inside it (gone with it on unmount) and the theme sets the --sa-* custom properties on it. Embedded in a
 * host page (parcels), it drops its own page background and card frame: the host's layout frames it.
 * The words follow the parcel's `locale` if it has a catalog, else the page's (sharedAuth.state.locale); the
 * screen renders once its catalog has arrived, so it never shows in another language first, and once portal-ui's
 * sheet is there (a page without the portal's shell fetches it: portalUiCss), so it never shows unstyled.
 */
export function AuthFrame(props: { theme?: Theme | undefined; locale?: string | undefined; embedded?: boolean; children: JSX.Element }) {
  const i18n = createTranslator(authCatalogs, () => catalogLocale(authCatalogs, props.locale) ?? sharedAuth.state.locale);
  const uiCss = portalUiCss();
  return (
    <div class="pui-root auth-root" lang={i18n.locale()} data-embedded={props.embedded ? '' : undefined} style={themeStyle(props.theme)}>
      <style>{(uiCss() ?? '') + authCss}</style>
      <Show when={i18n.ready() && uiCss() !== undefined}>
        <TranslatorProvider value={i18n}>
          <div class="pui-card">{props.children}</div>
        </TranslatorProvider>
      </Show>
    </div>
  );
}
