import { describe, expect, it } from 'vitest';
import { afterSignIn, safeRedirectPath } from './safeRedirect';

const origin = 'https://portal.test';

describe('safeRedirectPath (SECURITY B2)', () => {
  it('keeps a same-origin path with its query', () => {
    expect(safeRedirectPath('/profile?tab=sessions', origin)).toBe('/profile?tab=sessions');
  });

  it.each(['https://evil.test', '//evil.test', '/\\evil.test', '/\t/evil.test', 'javascript:alert(1)', 'profile', ''])(
    'refuses %j',
    (candidate) => {
      expect(safeRedirectPath(candidate, origin)).toBeNull();
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
