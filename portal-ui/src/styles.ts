import { createSignal, type Accessor } from 'solid-js';
import { followKeyboardUse } from './keyboardUse';

/**
 * Set on <html> by a page that links portal-ui.css itself (the portal's index.html): the apps' roots then
 * leave the sheet out of their own <style>, so the page does not download it twice (once as CSS, once as text
 * in the JS).
 */
export const PAGE_SHEET_ATTRIBUTE = 'data-portal-ui-css';

const [fetched, setFetched] = createSignal<string>();
let requested = false;

/**
 * portal-ui's stylesheet for an app root (render it once per root, whose class is `pui-root`): '' when the page
 * links it (PAGE_SHEET_ATTRIBUTE), else its text, fetched once for every root of the page (a host page without
 * the portal's shell: the parcels). Undefined while it loads: wait for it before showing the screen.
 */
export function portalUiCss(doc: Document = document): Accessor<string | undefined> {
  // The sheet's focus rings follow the keyboard's use on the page (keyboardUse.ts).
  followKeyboardUse(doc);
  if (doc.documentElement.hasAttribute(PAGE_SHEET_ATTRIBUTE)) return () => '';
  if (!requested) {
    requested = true;
    void import('./sheet').then(({ portalUiSheet }) => setFetched(portalUiSheet));
  }
  return fetched;
}
