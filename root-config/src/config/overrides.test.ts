import { beforeEach, describe, expect, it } from 'vitest';
import type { PortalConfig } from 'portal-contract';
import { applyOverrides, captureOverrideParams } from './overrides';

const base: PortalConfig = {
  altogic: { envUrl: 'http://localhost:4000', clientKey: 'k' },
  remotes: {
    'shared-auth': 'http://localhost:9003/remoteEntry.js',
    'auth-mfe': 'http://localhost:9001/remoteEntry.js',
    'profile-mfe': 'http://localhost:9002/remoteEntry.js',
  },
};
const enabled = (allowedOrigins: string[]): PortalConfig => ({ ...base, overrides: { enabled: true, allowedOrigins } });

beforeEach(() => localStorage.clear());

describe('developer overrides', () => {
  it('moves override parameters from the address into storage', () => {
    window.history.replaceState(null, '', '/profile?override.auth-mfe=http://localhost:9101/remoteEntry.js&tab=1');
    captureOverrideParams(window.location, window.history, localStorage);
    expect(window.location.search).toBe('?tab=1');
    expect(applyOverrides(enabled(['http://localhost:9101']), localStorage).config.remotes['auth-mfe']).toBe(
      'http://localhost:9101/remoteEntry.js',
    );
  });

  it('clears an override given an empty value', () => {
    localStorage.setItem('portal:overrides', JSON.stringify({ 'auth-mfe': 'http://localhost:9101/remoteEntry.js' }));
    window.history.replaceState(null, '', '/?override.auth-mfe=');
    captureOverrideParams(window.location, window.history, localStorage);
    expect(applyOverrides(enabled(['http://localhost:9101']), localStorage).applied).toEqual([]);
  });

  it('refuses every override when the config does not enable them', () => {
    localStorage.setItem('portal:overrides', JSON.stringify({ 'auth-mfe': 'http://localhost:9101/remoteEntry.js' }));
    const outcome = applyOverrides(base, localStorage);
    expect(outcome.config.remotes).toEqual(base.remotes);
    expect(outcome.refused[0]?.why).toEqual({ key: 'overrides.disabled' });
  });

  it('forgets a refused override: it is reported once and never kept for a later load', () => {
    window.history.replaceState(null, '', '/?override.profile-mfe=https://evil.test/remoteEntry.js');
    captureOverrideParams(window.location, window.history, localStorage);
    expect(applyOverrides(enabled(['http://localhost:9101']), localStorage).refused).toHaveLength(1);
    expect(localStorage.getItem('portal:overrides') ?? '').not.toContain('evil.test');
    expect(applyOverrides(enabled(['https://evil.test']), localStorage).applied).toEqual([]);
  });

  it('refuses an origin that is not on the allowlist', () => {
    localStorage.setItem('portal:overrides', JSON.stringify({ 'profile-mfe': 'https://evil.test/remoteEntry.js' }));
    const outcome = applyOverrides(enabled(['http://localhost:9101']), localStorage);
    expect(outcome.config.remotes['profile-mfe']).toBe(base.remotes['profile-mfe']);
    expect(outcome.refused[0]?.why).toEqual({ key: 'overrides.notAllowed', params: { origin: 'https://evil.test' } });
  });

  it('refuses an override that is not a URL', () => {
    localStorage.setItem('portal:overrides', JSON.stringify({ 'auth-mfe': 'not a url' }));
    expect(applyOverrides(enabled(['http://localhost:9101']), localStorage).refused[0]?.why).toEqual({ key: 'overrides.invalidUrl' });
  });

  it('ignores names that are not remotes of the portal', () => {
    window.history.replaceState(null, '', '/?override.evil=http://localhost:9101/x.js');
    captureOverrideParams(window.location, window.history, localStorage);
    expect(applyOverrides(enabled(['http://localhost:9101']), localStorage).applied).toEqual([]);
  });
});
