// Sign-out, the sessions list and revocation against the real altogic-local.
import { describe, expect, test } from 'vitest';
import { anotherDevice, api, openTab, servers, signedInTab } from '../testing/altogicLocal';

describe('signOut', () => {
  test('ends the session on the server and here, clears storage and announces reason "user"', async () => {
    const tab = await signedInTab();
    const token = tab.auth.state.session!.token;
    expect(await tab.auth.signOut()).toEqual({ ok: true, value: null });
    expect(tab.auth.state).toMatchObject({ user: null, session: null, endedReason: 'user' });
    expect(tab.events).toEqual([{ type: 'signed-out', payload: { reason: 'user' } }]);
    expect(tab.storage.getItem('shared-auth:session')).toBeNull();
    expect(tab.storage.getItem('shared-auth:user')).toBeNull();
    expect((await api(servers().verificationOff, '/auth/user', token)).status).toBe(401);
  });

  test('signed out already: succeeds without an event', async () => {
    const tab = openTab(servers().verificationOff);
    expect(await tab.auth.signOut()).toEqual({ ok: true, value: null });
    expect(tab.events).toEqual([]);
  });

  test('a session revoked meanwhile still signs out with reason "user" (no session-invalid)', async () => {
    const tab = await signedInTab();
    const other = await anotherDevice(servers().verificationOff, tab.email);
    await other.auth.signOutOthers();
    expect(await tab.auth.signOut()).toEqual({ ok: true, value: null });
    expect(tab.events).toEqual([{ type: 'signed-out', payload: { reason: 'user' } }]);
  });
});

describe('listSessions', () => {
  test('lists every session of the user and marks exactly this one current', async () => {
    const tab = await signedInTab();
    await anotherDevice(servers().verificationOff, tab.email);
    await anotherDevice(servers().verificationOff, tab.email);
    const result = await tab.auth.listSessions();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toHaveLength(3);
    expect(result.value.filter((s) => s.current)).toHaveLength(1);
    const current = result.value.find((s) => s.current)!;
    expect(current.token).toBe(tab.auth.state.session!.token);
    expect(current.userAgent.device.family).toEqual(expect.any(String));
    expect(current.creationDtm).toEqual(expect.any(String));
  });

  test('signed out: refused locally with not_signed_in', async () => {
    const tab = openTab(servers().verificationOff);
    expect(await tab.auth.listSessions()).toMatchObject({ ok: false, error: { status: 401, items: [{ code: 'not_signed_in' }] } });
  });
});

describe('revokeSession', () => {
  test('ends another device’s session by its handle; that device finds out and signs out as revoked', async () => {
    const tab = await signedInTab();
    const other = await anotherDevice(servers().verificationOff, tab.email);
    const list = await tab.auth.listSessions();
    if (!list.ok) throw new Error('list failed');
    const handle = list.value.find((s) => !s.current)!.token;
    expect(await tab.auth.revokeSession(handle)).toEqual({ ok: true, value: null });
    expect(tab.auth.state.session).not.toBeNull();
    expect(tab.events).toEqual([]);
    const after = await tab.auth.listSessions();
    expect(after.ok && after.value.length).toBe(1);

    const refreshed = await other.auth.refreshUser();
    expect(refreshed).toMatchObject({ ok: false, error: { status: 401, items: [{ code: 'invalid_session_token' }] } });
    expect(other.auth.state).toMatchObject({ user: null, session: null, endedReason: 'revoked' });
    expect(other.events).toEqual([
      { type: 'session-invalid', payload: { code: 'invalid_session_token' } },
      { type: 'signed-out', payload: { reason: 'revoked' } },
    ]);
    expect(other.storage.getItem('shared-auth:session')).toBeNull();
  });

  test('an unknown handle fails with session_not_found and leaves this session alone', async () => {
    const tab = await signedInTab();
    const result = await tab.auth.revokeSession('no-such-session-handle');
    expect(result).toMatchObject({ ok: false, error: { status: 404, items: [{ code: 'session_not_found' }] } });
    expect(tab.auth.state.session).not.toBeNull();
    expect((await tab.auth.refreshUser()).ok).toBe(true);
  });

  test('this session’s own token signs this tab out like signOut', async () => {
    const tab = await signedInTab();
    expect(await tab.auth.revokeSession(tab.auth.state.session!.token)).toEqual({ ok: true, value: null });
    expect(tab.auth.state.endedReason).toBe('user');
  });

  test('an empty handle is refused locally (the client would sign out this session)', async () => {
    const tab = await signedInTab();
    expect(await tab.auth.revokeSession('')).toMatchObject({ ok: false, error: { status: 400, items: [{ code: 'validation_error' }] } });
    expect(tab.auth.state.session).not.toBeNull();
  });
});

describe('signOutOthers', () => {
  test('ends every other session and keeps this one', async () => {
    const tab = await signedInTab();
    const second = await anotherDevice(servers().verificationOff, tab.email);
    const third = await anotherDevice(servers().verificationOff, tab.email);
    expect(await tab.auth.signOutOthers()).toEqual({ ok: true, value: null });
    expect((await tab.auth.refreshUser()).ok).toBe(true);
    for (const device of [second, third]) {
      await device.auth.checkSession();
      expect(device.auth.state.endedReason).toBe('revoked');
    }
  });

  test('with this session revoked: fails with invalid_session_token and signs this tab out', async () => {
    const tab = await signedInTab();
    const other = await anotherDevice(servers().verificationOff, tab.email);
    await other.auth.signOutOthers();
    const result = await tab.auth.signOutOthers();
    expect(result).toMatchObject({ ok: false, error: { status: 401, items: [{ code: 'invalid_session_token' }] } });
    expect(tab.auth.state.endedReason).toBe('revoked');
  });
});
