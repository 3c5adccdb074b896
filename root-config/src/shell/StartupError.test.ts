import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@solidjs/testing-library';
import { createPageTranslator } from '../i18n/shellTranslator';
import { showStartupError } from './StartupError';

afterEach(() => document.body.replaceChildren());

describe('showStartupError', () => {
  it('shows the error at once in English, without waiting for anything', () => {
    showStartupError(new Error('portal.config.json answered 404'));
    expect(screen.getByRole('heading', { name: 'The portal could not start' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('portal.config.json answered 404');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('speaks the page language once the page translator has its catalog', () => {
    showStartupError(
      new Error('shared-auth did not load within 10 s'),
      createPageTranslator(() => 'de'),
    );
    expect(screen.getByRole('heading', { name: 'Das Portal konnte nicht starten' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeTruthy();
    expect(screen.getByRole('alert').lang).toBe('de');
  });
});
