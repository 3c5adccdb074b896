import { describe, expect, it } from 'vitest';
import { guardTarget } from './guards';

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
  it('ignores a redirect parameter to another origin or back to a sign-in page (docs/security.md B2)', () => {
    expect(guardTarget('/login', '?redirect=https%3A%2F%2Fevil.test', true)).toBe('/profile');
    expect(guardTarget('/login', '?redirect=%2F%2Fevil.test', true)).toBe('/profile');
    expect(guardTarget('/login', '?redirect=%2Fregister', true)).toBe('/profile');
  });
  it('guards every deep link of the profile, remembering it with its query', () => {
    expect(guardTarget('/profile/security', '', false)).toBe('/login?redirect=%2Fprofile%2Fsecurity');
    expect(guardTarget('/profile/sessions', '?x=1', false)).toBe('/login?redirect=%2Fprofile%2Fsessions%3Fx%3D1');
    expect(guardTarget('/profile/security', '', true)).toBeNull();
  });
  it('leaves the move after a sign-in in place to auth-mfe, and still moves a user who signs out', () => {
    expect(guardTarget('/login', '?redirect=%2Fprofile', true, false)).toBeNull();
    expect(guardTarget('/profile/security', '', false, false)).toBe('/login?redirect=%2Fprofile%2Fsecurity');
  });
  it('leaves unknown and allowed pages alone', () => {
    expect(guardTarget('/profile', '', true)).toBeNull();
    expect(guardTarget('/login', '', false)).toBeNull();
    expect(guardTarget('/nowhere', '', false)).toBeNull();
    expect(guardTarget('/profile/nowhere', '', false)).toBeNull();
  });
});
