import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@solidjs/testing-library';
import { createPageTranslator } from '../i18n/shellTranslator';
import { showStartupError } from './StartupError';

afterEach(() => document.body.replaceChildren());

/** The portal's page as index.html has it, before anything rendered into it. */
function portalPage(): void {
  document.body.innerHTML = '<header id="portal-header"></header><main id="portal-main"><div id="portal-region-auth"></div></main>';
}

describe('showStartupError', () => {
  it('shows the failure at once in English, without waiting for anything, the error in a closed disclosure', () => {
    portalPage();
    showStartupError(new Error('portal.config.json answered 404'));
    expect(screen.getByRole('heading', { level: 1, name: 'The portal could not load' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    const details = screen.getByRole('alert').querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Technical details');
    expect(details.querySelector('code')?.textContent).toBe('portal.config.json answered 404');
  });

  it('keeps a header: the brand, linking home, when the full header never came', () => {
    portalPage();
    showStartupError(new Error('shared-auth did not load'));
    expect(screen.getByRole('banner').querySelector('a')?.getAttribute('href')).toBe('/');
    expect(screen.getByRole('link', { name: 'Portal' })).toBeTruthy();
  });

  it('leaves a header that has its content alone', () => {
    portalPage();
    document.getElementById('portal-header')!.innerHTML = '<nav aria-label="Main"><a href="/login">Login</a></nav>';
    showStartupError(new Error('a catalog did not load'));
    expect(screen.getByRole('banner').textContent).toBe('Login');
  });

  it('speaks the page language once the page translator has its catalog', () => {
    portalPage();
    showStartupError(
      new Error('shared-auth did not load within 10 s'),
      createPageTranslator(() => 'de'),
    );
    expect(screen.getByRole('heading', { name: 'Das Portal konnte nicht geladen werden' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeTruthy();
    expect(screen.getByRole('alert').lang).toBe('de');
    expect(screen.getByText('Technische Details').tagName).toBe('SUMMARY');
  });
});
