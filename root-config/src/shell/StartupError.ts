import { createEffect, createRoot } from 'solid-js';
import type { ShellTranslator } from '../i18n/catalogs';

/**
 * Shown when the portal cannot start at all (no config, no shared-auth): plain DOM, no framework needed.
 * It appears at once in English, written here and not taken from the catalog: the failure may be the network,
 * and a catalog chunk that cannot load must not leave the page blank. If the page's translator has (or gets)
 * a catalog, the words follow it. The detail is the error's own text, for whoever runs the portal.
 */
export function showStartupError(error: unknown, i18n?: ShellTranslator): void {
  const main = document.getElementById('portal-main') ?? document.body;
  const box = document.createElement('section');
  box.className = 'portal-unavailable';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = 'The portal could not start';
  const detail = document.createElement('p');
  detail.textContent = error instanceof Error ? error.message : String(error);
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = 'Retry';
  retry.addEventListener('click', () => window.location.reload());
  box.append(heading, detail, retry);
  main.replaceChildren(box);
  if (!i18n) return;
  createRoot(() =>
    createEffect(() => {
      if (!i18n.ready()) return;
      box.lang = i18n.locale();
      heading.textContent = i18n.t('startup.heading');
      retry.textContent = i18n.t('unavailable.retry');
    }),
  );
}
