import { Show, type JSX } from 'solid-js';
import type { Catalog, Translator } from './i18n/createTranslator';
import { TranslatorProvider } from './i18n/createTranslator';
import { portalUiCss } from './styles';

export interface AppRootProps<M extends Catalog> {
  /** The app's root class, beside `pui-root` (its own sheet scopes its rules under it). */
  class: string;
  /** The app's own sheet, in a <style> inside the root: gone with the root on unmount. */
  css: string;
  translator: Translator<M>;
  /** Inline style of the root (e.g. themeStyle's --sa-* custom properties). */
  style?: JSX.CSSProperties | undefined;
  embedded?: boolean | undefined;
  children: JSX.Element;
}

/**
 * The root element of an app (or parcel): portal-ui's sheet (unless the page links it: portalUiCss) and the app's
 * own in a <style> inside it, and its children once both the catalog and the sheet are there, so a screen never
 * shows in another language first, nor unstyled.
 */
export function AppRoot<M extends Catalog>(props: AppRootProps<M>): JSX.Element {
  const uiCss = portalUiCss();
  return (
    <div
      class={`pui-root ${props.class}`}
      lang={props.translator.locale()}
      data-embedded={props.embedded ? '' : undefined}
      style={props.style}
    >
      <style>{(uiCss() ?? '') + props.css}</style>
      <Show when={props.translator.ready() && uiCss() !== undefined}>
        {/* eslint-disable-next-line solid/reactivity -- one translator per root; its accessors are the reactive part */}
        <TranslatorProvider value={props.translator}>{props.children}</TranslatorProvider>
      </Show>
    </div>
  );
}
