import { describe, expect, it } from 'vitest';
import { guardTarget, safeRedirect } from './guards';

describe('guardTarget', () => {
  it('sends a signed-out visitor of /profile to /login, remembering /profile', () => {
    expect(guardTarget('/profile', '', false)).toBe('/login?redirect=%2Fprofile');
  });
  it('sends a signed-in user away from the public pages to /profile', () => {
    for (const path of ['/', '/login', '/register', '/login-with-magic-link', '/forgot-password']) {
      expect(guardTarget(path, '', true)).toBe('/profile');
    }
  });
  it('lets a signed-in user finish an email link or a password reset', () => {
    expect(guardTarget('/auth-redirect', '?access_token=x', true)).toBeNull();
    expect(guardTarget('/reset-password', '', true)).toBeNull();
  });
  it('follows a same-origin redirect parameter after sign-in', () => {
    expect(guardTarget('/login', '?redirect=%2Fprofile%3Ftab%3Dsessions', true)).toBe('/profile?tab=sessions');
  });
  it('leaves unknown and allowed pages alone', () => {
    expect(guardTarget('/profile', '', true)).toBeNull();
    expect(guardTarget('/login', '', false)).toBeNull();
    expect(guardTarget('/nowhere', '', false)).toBeNull();
  });
});

describe('safeRedirect', () => {
  it.each(['https://evil.test', '//evil.test/x', '/\\evil.test', 'javascript:alert(1)', '', null])('refuses %s', (candidate) => {
    expect(safeRedirect(candidate)).toBe('/profile');
  });
  it('refuses to bounce back to a signed-out-only page', () => {
    expect(safeRedirect('/login')).toBe('/profile');
  });
});
