import { describe, expect, it } from 'vitest';
import { afterSignIn, safeRedirectPath } from './safeRedirect';

const origin = 'https://portal.test';

describe('safeRedirectPath (docs/security.md B2)', () => {
  it('keeps a same-origin path with its query', () => {
    expect(safeRedirectPath('/profile?tab=sessions', origin)).toBe('/profile?tab=sessions');
  });

  it.each(['https://evil.test', '//evil.test', '/\\evil.test', '/\t/evil.test', 'javascript:alert(1)', 'profile', ''])(
    'refuses %j',
    (candidate) => {
      expect(safeRedirectPath(candidate, origin)).toBeNull();
    },
  );

  // Dot segments collapse during URL parsing: "/.//evil.test" would come out as the protocol-relative "//evil.test".
  it.each(['/.//evil.test', '/..//evil.test', '/%2e//evil.test', '/%2E%2E//evil.test', '/profile/..//evil.test', '/a/../..//evil.test'])(
    'refuses %j (a dot segment that would leave "//host")',
    (candidate) => {
      expect(safeRedirectPath(candidate, origin)).toBeNull();
      expect(afterSignIn(candidate, origin)).toBe('/profile');
    },
  );

  it('never sends a signed-in user back to a sign-in screen', () => {
    expect(safeRedirectPath('/login', origin)).toBeNull();
    expect(safeRedirectPath('/auth-redirect', origin)).toBeNull();
  });

  it('falls back to /profile', () => {
    expect(afterSignIn('https://evil.test')).toBe('/profile');
    expect(afterSignIn(null)).toBe('/profile');
  });
});
