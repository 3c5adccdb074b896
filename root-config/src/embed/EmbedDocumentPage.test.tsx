import { describe, expect, it } from 'vitest';
import { screen } from '@solidjs/testing-library';
import { renderInShell } from '../testing/renderInShell';
import { EmbedDocumentPage } from './EmbedDocumentPage';

describe('EmbedDocumentPage', () => {
  it('is the demo terms page, with its title and a way back to the sign-in', () => {
    renderInShell(() => <EmbedDocumentPage document="terms" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Acme terms of service (demo)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the Acme login' }).getAttribute('href')).toBe('/embed-demo');
    expect(document.title).toBe('Acme terms of service (demo) · Acme Intranet');
  });

  it('is the privacy page in German', () => {
    renderInShell(
      () => <EmbedDocumentPage document="privacy" />,
      () => 'de',
    );
    expect(screen.getByRole('main').querySelector('h1')?.textContent).toBe('Datenschutzerklärung von Acme (Demo)');
    expect(document.documentElement.lang).toBe('de');
  });
});
