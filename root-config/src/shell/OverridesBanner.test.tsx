import { describe, expect, it } from 'vitest';
import { screen } from '@solidjs/testing-library';
import type { PortalConfig } from 'portal-contract';
import { renderInShell } from '../testing/renderInShell';
import { OverridesBanner } from './OverridesBanner';

const outcome = {
  config: {} as PortalConfig,
  applied: [{ remote: 'profile-mfe' as const, url: 'http://localhost:9102/remoteEntry.js' }],
  refused: [
    {
      remote: 'auth-mfe' as const,
      url: 'https://evil.test/x.js',
      why: { key: 'overrides.notAllowed' as const, params: { origin: 'https://evil.test' } },
    },
  ],
};

describe('OverridesBanner', () => {
  it('names what is overridden and why an override was refused, in the page language', () => {
    renderInShell(
      () => <OverridesBanner outcome={outcome} onClear={() => undefined} />,
      () => 'de',
    );
    const [applied, refused] = screen.getAllByRole('paragraph');
    expect(applied?.textContent).toBe('Entwickler-Override aktiv: profile-mfe von http://localhost:9102/remoteEntry.js');
    expect(refused?.textContent).toBe(
      'Override von auth-mfe abgelehnt: https://evil.test steht nicht auf der Liste erlaubter Origins für Overrides.',
    );
    expect(refused?.querySelector('strong')?.textContent).toBe('auth-mfe');
    expect(screen.getByRole('button', { name: 'Overrides entfernen' })).toBeTruthy();
  });

  it('keeps the English words the e2e tests look for', () => {
    renderInShell(() => <OverridesBanner outcome={outcome} onClear={() => undefined} />);
    expect(screen.getByRole('status').textContent).toContain('Developer override active: profile-mfe from http://localhost:9102');
    expect(screen.getByRole('button', { name: 'Clear overrides' })).toBeTruthy();
  });
});
