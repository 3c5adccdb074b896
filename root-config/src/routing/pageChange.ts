import { createEffect, createRoot } from 'solid-js';
import type { ShellTranslator } from '../i18n/catalogs';
import { pathname } from './location';
import { pageTitle } from './pageTitle';

/** The tab's title follows the route and the language ("Log in · Portal", "Profil · Portal"). */
export function followPageTitle(i18n: ShellTranslator): void {
  createRoot(() =>
    createEffect(() => {
      if (i18n.ready()) document.title = pageTitle(pathname(), i18n.t);
    }),
  );
}

/** How long to wait for the new page's heading (its code and catalog may still be on their way). */
const MAX_FRAMES = 300;

/**
 * After a move to another app's page (a sign-in that opens the profile, a header link, a sign-out that returns to
 * /login, a path no app owns), focus moves to the new page's h1 once it is there, so a screen reader announces the
 * page and the keyboard continues from it, as after a page load. Moves between one app's own screens are the app's
 * (both focus their heading); the first page of a visit is left to the browser. Focus the app has placed itself
 * (an alert, a field) is left where it is. Programmatic focus shows a ring only when the keyboard is in use
 * (the headings style :focus-visible).
 */
export function focusNewPage(main: HTMLElement): void {
  let started = false;
  let move = 0;
  window.addEventListener('single-spa:routing-event', () => (started = true));
  window.addEventListener('single-spa:app-change', () => {
    if (!started) return;
    const ofMove = ++move;
    const focusHeading = (frames: number) => {
      if (ofMove !== move) return;
      const active = document.activeElement;
      if (active && active !== main && main.contains(active)) return;
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) {
        if (frames < MAX_FRAMES) requestAnimationFrame(() => focusHeading(frames + 1));
        return;
      }
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
    };
    requestAnimationFrame(() => focusHeading(0));
  });
}
