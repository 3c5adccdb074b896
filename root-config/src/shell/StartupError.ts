import { createEffect, createRoot } from 'solid-js';
import type { ShellTranslator } from '../i18n/catalogs';
import { errorText } from './errorText';

/**
 * Shown when the portal cannot start at all (no config, no shared-auth): plain DOM, no framework needed.
 * It appears at once in English, written here and not taken from the catalog: the failure may be the network,
 * and a catalog chunk that cannot load must not leave the page blank. If the page's translator has (or gets)
 * a catalog, the words follow it. The page keeps a header (the brand, if the full header never came), the
 * heading is neutral, and the error's own text waits in a disclosure, for whoever runs the portal.
 */
export function showStartupError(error: unknown, i18n?: ShellTranslator): void {
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] => {
    const node = document.createElement(tag);
    node.textContent = text;
    return node;
  };
  const brand = keepHeader();
  const main = document.getElementById('portal-main') ?? document.body;
  const box = element('section');
  box.className = 'portal-unavailable';
  box.setAttribute('role', 'alert');
  const heading = element('h1', 'The portal could not load');
  const text = element('p', 'Check your connection, then try again. If this keeps happening, tell whoever runs this portal.');
  const retry = element('button', 'Try again');
  retry.type = 'button';
  retry.addEventListener('click', () => window.location.reload());
  const details = element('details');
  const summary = element('summary', 'Technical details');
  details.append(summary, element('code', errorText(error)));
  box.append(heading, text, retry, details);
  main.replaceChildren(box);
  if (!i18n) return;
  createRoot(() =>
    createEffect(() => {
      if (!i18n.ready()) return;
      box.lang = i18n.locale();
      document.documentElement.lang = i18n.locale();
      heading.textContent = i18n.t('startup.heading');
      text.textContent = i18n.t('startup.text');
      retry.textContent = i18n.t('unavailable.retry');
      summary.textContent = i18n.t('unavailable.details');
      if (brand) brand.textContent = i18n.t('header.brand');
    }),
  );
}

/** A header that never got its content (it needs shared-auth) gets the brand, a link home: the page stays the portal. */
function keepHeader(): HTMLAnchorElement | null {
  const header = document.getElementById('portal-header');
  if (!header || header.childElementCount > 0) return null;
  const bar = document.createElement('div');
  bar.className = 'portal-bar';
  const brand = document.createElement('a');
  brand.className = 'portal-brand';
  brand.href = '/';
  brand.textContent = 'Portal';
  bar.append(brand);
  header.append(bar);
  return brand;
}
