import type { JSX } from 'solid-js';
import { portalUiCss, themeStyle, type Theme } from 'portal-ui';
import authCss from './auth.css?inline';

const css = portalUiCss + authCss;

/**
 * The root of every auth screen, in the portal or a host page: the scoped styles live in a <style> element
 * inside it (gone with it on unmount) and the theme sets the --sa-* custom properties on it.
 */
export function AuthFrame(props: { theme?: Theme | undefined; children: JSX.Element }) {
  return (
    <div class="pui-root auth-root" style={themeStyle(props.theme)}>
      <style>{css}</style>
      <div class="pui-card">{props.children}</div>
    </div>
  );
}
