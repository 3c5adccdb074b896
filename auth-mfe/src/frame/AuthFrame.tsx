import type { JSX } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { AppRoot, catalogLocale, createTranslator, loadCatalog, themeStyle, type Theme } from 'portal-ui';
import { authCatalogs } from '../i18n/catalogs';
import authCss from './auth.css?inline';

// The page's words are asked for when this code arrives, not at the first mount after the shell's start: the
// round trip overlaps that start (the translator below gets the same request).
void loadCatalog(authCatalogs, sharedAuth.state.locale);

/**
 * The root of every auth screen, in the portal or a host page (portal-ui's AppRoot: the scoped styles, the
 * screen once its catalog and sheet are there); the theme sets the --sa-* custom properties on it. Embedded in a
 * host page (parcels), it drops its own page background and card frame: the host's layout frames it.
 * The words follow the parcel's `locale` if it has a catalog, else the page's (sharedAuth.state.locale).
 */
export function AuthFrame(props: { theme?: Theme | undefined; locale?: string | undefined; embedded?: boolean; children: JSX.Element }) {
  const i18n = createTranslator(authCatalogs, () => catalogLocale(authCatalogs, props.locale) ?? sharedAuth.state.locale);
  return (
    <AppRoot class="auth-root" css={authCss} translator={i18n} style={themeStyle(props.theme)} embedded={props.embedded}>
      <div class="pui-card">{props.children}</div>
    </AppRoot>
  );
}
