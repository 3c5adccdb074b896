import { beforeEach, describe, expect, it } from 'vitest';
import { clearPendingEmail, PENDING_EMAIL_TTL_MS, readPendingEmail, savePendingEmail } from './pendingEmail';

beforeEach(() => localStorage.clear());

describe('pending email', () => {
  it('is kept per user', () => {
    savePendingEmail('u1', 'new@example.test', 1000);
    expect(readPendingEmail('u1', 2000)).toBe('new@example.test');
    expect(readPendingEmail('u2', 2000)).toBeNull();
  });

  it('lives under a key of its own app', () => {
    savePendingEmail('u1', 'new@example.test');
    expect(Object.keys(localStorage)).toEqual(['shared-auth:user-data:profile-mfe:pending-email:u1']);
  });

  it('expires with the confirmation link and is then removed', () => {
    savePendingEmail('u1', 'new@example.test', 0);
    expect(readPendingEmail('u1', PENDING_EMAIL_TTL_MS)).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('can be cleared', () => {
    savePendingEmail('u1', 'new@example.test');
    clearPendingEmail('u1');
    expect(readPendingEmail('u1')).toBeNull();
  });

  it('ignores what it cannot read', () => {
    localStorage.setItem('shared-auth:user-data:profile-mfe:pending-email:u1', '{not json');
    expect(readPendingEmail('u1')).toBeNull();
  });
});
