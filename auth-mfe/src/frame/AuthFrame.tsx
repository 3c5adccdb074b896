import type { JSX } from 'solid-js';
import { portalUiCss, themeStyle, type Theme } from 'portal-ui';
import authCss from './auth.css?inline';

const css = portalUiCss + authCss;

/**
 * The root of every auth screen, in the portal or a host page: the scoped styles live in a <style> element
 * inside it (gone with it on unmount) and the theme sets the --sa-* custom properties on it. Embedded in a
 * host page (parcels), it drops its own page background and card frame: the host's layout frames it.
 */
export function AuthFrame(props: { theme?: Theme | undefined; embedded?: boolean; children: JSX.Element }) {
  return (
    <div class="pui-root auth-root" data-embedded={props.embedded ? '' : undefined} style={themeStyle(props.theme)}>
      <style>{css}</style>
      <div class="pui-card">{props.children}</div>
    </div>
  );
}
