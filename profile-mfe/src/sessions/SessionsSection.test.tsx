import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import type { Result, SessionEntry } from 'portal-contract';
import { sharedAuth } from 'shared-auth/runtime';
import { deferred, failed, ok, session, type FakeSharedAuth } from '../testing/fakeSharedAuth';
import { renderSection } from '../testing/renderSection';
import { formatStarted } from './describeSession';
import { SessionsSection } from './SessionsSection';

vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('../testing/fakeSharedAuth')).createFakeSharedAuth() }));
const auth = sharedAuth as unknown as FakeSharedAuth;

const here = session({
  current: true,
  browser: 'Chrome',
  os: 'Mac OS X',
  token: 'own',
  creationDtm: '2025-11-21T09:30:00.000Z',
  ip: '127.0.0.1',
});
const firefox = session({ browser: 'Firefox', os: 'Linux', token: 'handle-ff' });
const phone = session({ browser: 'Mobile Safari', os: 'iOS', device: 'iPhone', token: 'handle-phone' });

beforeEach(() => {
  auth.reset();
  auth.listSessions.mockResolvedValue(ok([firefox, here, phone]));
});

const items = () => within(screen.getByRole('list')).getAllByRole('listitem');

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('SessionsSection', () => {
  it('shows a busy skeleton while the list loads', () => {
    auth.listSessions.mockReturnValue(deferred<Result<SessionEntry[]>>().promise);
    renderSection(() => <SessionsSection />);
    expect(screen.getByRole('list', { name: 'Loading sessions…' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByRole('button', { name: /End session/ })).toBeNull();
  });

  it('lists this device first, marked and without an End session button', async () => {
    renderSection(() => <SessionsSection />);
    await waitFor(() => expect(items()).toHaveLength(3));
    const first = items()[0]!;
    expect(first.textContent).toContain('Chrome on Mac OS X');
    expect(first.textContent).toContain('This device');
    expect(first.textContent).toContain(`Logged in ${formatStarted(here.creationDtm, 'en')}`);
    expect(within(first).queryByRole('button')).toBeNull();
  });

  it('shows where and when each session was last active', async () => {
    const firefoxAt = session({
      browser: 'Firefox',
      os: 'Linux',
      token: 'h1',
      ip: '203.0.113.7',
      lastActiveDtm: new Date(Date.now() - 5 * 60_000).toISOString(),
    });
    auth.listSessions.mockResolvedValue(ok([firefoxAt, here]));
    renderSection(() => <SessionsSection />);
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(items()[0]!.textContent).toContain('Chrome 128 · 127.0.0.1 · Active now');
    expect(items()[1]!.textContent).toContain('Firefox 128 · 203.0.113.7 · Active 5 minutes ago');
  });

  it('tells sessions of the same browser and system apart by number, in their End session buttons too', async () => {
    const first = session({ browser: 'Chrome', os: 'Mac OS X', token: 'h1', creationDtm: '2025-11-20T09:30:00.000Z' });
    const third = session({ browser: 'Chrome', os: 'Mac OS X', token: 'h3', creationDtm: '2025-11-22T09:30:00.000Z' });
    auth.listSessions.mockResolvedValue(ok([first, here, third]));
    renderSection(() => <SessionsSection />);
    await waitFor(() => expect(items()).toHaveLength(3));
    expect(items()[0]!.textContent).toContain('Chrome on Mac OS X #2');
    expect(screen.getByRole('button', { name: 'End session Chrome on Mac OS X #1' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'End session Chrome on Mac OS X #3' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The session of Chrome on Mac OS X #3 is ended.'));
    expect(auth.revokeSession).toHaveBeenCalledWith('h3');
  });

  it('shows as many skeleton rows while loading again as the list had', async () => {
    const { unmount } = renderSection(() => <SessionsSection />);
    await waitFor(() => expect(items()).toHaveLength(3));
    unmount();
    auth.listSessions.mockReturnValue(deferred<Result<SessionEntry[]>>().promise);
    renderSection(() => <SessionsSection />);
    const loading = screen.getByRole('list', { name: 'Loading sessions…', hidden: true });
    expect(loading.querySelectorAll('li.profile-skeleton')).toHaveLength(3);
  });

  it('names each other session by browser, system and device, and its button starts with End session', async () => {
    renderSection(() => <SessionsSection />);
    expect(await screen.findByRole('button', { name: 'End session Firefox on Linux' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'End session Mobile Safari on iOS (iPhone)' })).toBeTruthy();
    expect(screen.getByText(/Firefox 128/)).toBeTruthy();
    expect(screen.getByText(/cannot be undone/)).toBeTruthy();
  });

  it('signs out one session by its handle, says so and reloads the list', async () => {
    renderSection(() => <SessionsSection />);
    const button = await screen.findByRole('button', { name: 'End session Firefox on Linux' });
    auth.listSessions.mockResolvedValue(ok([here, phone]));
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The session of Firefox on Linux is ended.'));
    expect(auth.revokeSession).toHaveBeenCalledWith('handle-ff');
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(auth.listSessions).toHaveBeenCalledTimes(2);
  });

  it('End all other sessions leaves only this device', async () => {
    renderSection(() => <SessionsSection />);
    const button = await screen.findByRole('button', { name: 'End all other sessions' });
    auth.listSessions.mockResolvedValue(ok([here]));
    fireEvent.click(button);
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(auth.signOutOthers).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('All other sessions are ended.');
    expect(screen.getByText('No other device is logged in.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'End all other sessions' })).toBeNull();
  });

  it('shows a failed sign-out as an alert and still reloads', async () => {
    auth.revokeSession.mockResolvedValue(failed(404, 'session_not_found'));
    renderSection(() => <SessionsSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'End session Firefox on Linux' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That session has already ended.');
    await waitFor(() => expect(auth.listSessions).toHaveBeenCalledTimes(2));
  });

  it('shows a failed load as an alert with Try again, which loads again', async () => {
    auth.listSessions.mockResolvedValueOnce({ ok: false, error: { status: 0, items: [] } });
    renderSection(() => <SessionsSection />);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(items()).toHaveLength(3));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('has an empty state', async () => {
    auth.listSessions.mockResolvedValue(ok([]));
    renderSection(() => <SessionsSection />);
    expect(await screen.findByText('No active sessions were found.')).toBeTruthy();
  });

  it('reloads when the tab becomes visible, and stops listening once unmounted', async () => {
    const { unmount } = renderSection(() => <SessionsSection />);
    await waitFor(() => expect(auth.listSessions).toHaveBeenCalledTimes(1));
    setVisibility('hidden');
    expect(auth.listSessions).toHaveBeenCalledTimes(1);
    setVisibility('visible');
    expect(auth.listSessions).toHaveBeenCalledTimes(2);
    unmount();
    setVisibility('visible');
    expect(auth.listSessions).toHaveBeenCalledTimes(2);
  });

  it('keeps the newest answer when loads overlap', async () => {
    const slow = deferred<Result<SessionEntry[]>>();
    auth.listSessions.mockReturnValueOnce(slow.promise).mockResolvedValueOnce(ok([here]));
    renderSection(() => <SessionsSection />);
    setVisibility('visible');
    await waitFor(() => expect(items()).toHaveLength(1));
    slow.resolve(ok([here, firefox, phone]));
    await Promise.resolve();
    expect(items()).toHaveLength(1);
  });

  it('shows errors and notices it holds in the language of the moment', async () => {
    auth.revokeSession.mockResolvedValueOnce(failed(404, 'session_not_found'));
    renderSection(() => <SessionsSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'End session Firefox on Linux' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That session has already ended.');
    auth.setLocale('de');
    expect(screen.getByRole('alert').textContent).toBe('Diese Sitzung ist bereits beendet.');

    await waitFor(() => expect(auth.listSessions).toHaveBeenCalledTimes(2));
    fireEvent.click(await screen.findByRole('button', { name: 'Sitzung beenden Firefox unter Linux' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Die Sitzung von Firefox unter Linux ist beendet.'));
    auth.setLocale('en');
    expect(screen.getByRole('status').textContent).toBe('The session of Firefox on Linux is ended.');
  });
});
