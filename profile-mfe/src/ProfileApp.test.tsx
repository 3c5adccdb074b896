import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@solidjs/testing-library';
import { sharedAuth } from 'shared-auth/runtime';
import { testUser, type FakeSharedAuth } from './testing/fakeSharedAuth';
import { ProfileApp } from './ProfileApp';

vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('./testing/fakeSharedAuth')).createFakeSharedAuth() }));
const auth = sharedAuth as unknown as FakeSharedAuth;
beforeEach(() => auth.reset());

describe('ProfileApp', () => {
  it('is structured by headings: Profile, then one per section', async () => {
    render(() => <ProfileApp />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Profile');
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual(['Avatar', 'Your details', 'Sessions', 'Account security']);
    await waitFor(() => expect(auth.listSessions).toHaveBeenCalled());
  });

  it('carries its own scoped styles', () => {
    const { container } = render(() => <ProfileApp />);
    const style = container.querySelector('.profile-root > style');
    expect(style?.textContent).toContain('.profile-card');
    expect(style?.textContent).not.toMatch(/(^|})\s*(body|html|button|input)\s*\{/);
  });

  it('asks the server for the current user when mounted', () => {
    render(() => <ProfileApp />);
    expect(auth.refreshUser).toHaveBeenCalledTimes(1);
  });

  it('shows a skeleton, not a broken page, while there is no user (signed out, the shell is leaving)', () => {
    auth.setUser(null);
    render(() => <ProfileApp />);
    expect(screen.getByRole('status').textContent).toBe('Loading your profile…');
    expect(screen.queryByRole('button')).toBeNull();
    auth.setUser(testUser);
    expect(screen.getByRole('button', { name: 'Change name' })).toBeTruthy();
  });
});
