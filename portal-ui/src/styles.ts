/// <reference types="vite/client" />
/**
 * The shared stylesheet as text, to render in a <style> element inside the app root (remote CSS files are
 * not loaded reliably through federation: docs/pitfalls.md #3). Render it once per root, with the root's class `pui-root`.
 */
import css from './portal-ui.css?inline';

export const portalUiCss: string = css;
