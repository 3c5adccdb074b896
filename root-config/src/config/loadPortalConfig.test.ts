import { describe, expect, it } from 'vitest';
import { validatePortalConfig } from './loadPortalConfig';

const valid = {
  altogic: { envUrl: 'http://localhost:4000', clientKey: 'k' },
  remotes: {
    'shared-auth': 'http://localhost:9003/remoteEntry.js',
    'auth-mfe': 'http://localhost:9001/remoteEntry.js',
    'profile-mfe': 'http://localhost:9002/remoteEntry.js',
  },
};

describe('validatePortalConfig', () => {
  it('accepts a complete config', () => {
    expect(validatePortalConfig(valid)).toEqual(valid);
  });
  it('names every problem of a broken config at once', () => {
    expect(() => validatePortalConfig({ altogic: { envUrl: 'ftp://x', clientKey: '' }, remotes: {} })).toThrow(
      /envUrl.*clientKey.*shared-auth.*auth-mfe.*profile-mfe/,
    );
  });
  it('refuses something that is not an object', () => {
    expect(() => validatePortalConfig(null)).toThrow('portal.config.json is invalid');
  });
});
