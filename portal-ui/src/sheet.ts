/// <reference types="vite/client" />
/**
 * portal-ui's stylesheet as text, for an app root's own <style> element (remote CSS files are not loaded
 * reliably through federation: docs/pitfalls.md #3). Its own chunk: only pages that do not link the sheet
 * fetch it (styles.ts).
 */
import css from './portal-ui.css?inline';

export const portalUiSheet: string = css;
