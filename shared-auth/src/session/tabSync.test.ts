// Two (or three) tabs of one origin: one storage, a real BroadcastChannel or the storage-event fallback, the real
// client and altogic-local. What one tab does, the others follow without calling the server.
import { describe, expect, test } from 'vitest';
import { MemoryStorage, sharedOriginStorage, tabStorage } from '../testing/twoTabs';
import { PASSWORD, anotherDevice, openTab, servers, settle, signedInTab, uniqueEmail, type Tab } from '../testing/altogicLocal';

type Transport = 'BroadcastChannel' | 'storage events';

/** Two tabs of one origin, signed out, joined by the given transport. */
function twoTabs(transport: Transport): [Tab, Tab] {
  const envUrl = servers().verificationOff;
  if (transport === 'BroadcastChannel') {
    const storage = new MemoryStorage();
    return [openTab(envUrl, { storage, crossTab: true }), openTab(envUrl, { storage, crossTab: true })];
  }
  const { storage, windows } = sharedOriginStorage(2);
  const tab = (i: number) =>
    openTab(envUrl, { storage: tabStorage(storage, windows, i), broadcast: { channel: null, storageEvents: windows[i]! } });
  return [tab(0), tab(1)];
}

async function signUp(tab: Tab): Promise<string> {
  const email = uniqueEmail();
  const result = await tab.auth.signUp(email, PASSWORD, 'Ada');
  if (!result.ok) throw new Error('sign-up failed');
  return email;
}

const clear = (...tabs: Tab[]) => tabs.forEach((tab) => ((tab.events.length = 0), (tab.calls.length = 0)));

describe.each<Transport>(['BroadcastChannel', 'storage events'])('through %s', (transport) => {
  test('a sign-in in one tab signs the other in with the same session, which its client then sends', async () => {
    const [a, b] = twoTabs(transport);
    if (transport === 'BroadcastChannel') expect(b.auth.bus.transport).toBe('broadcast-channel');
    else expect(b.auth.bus.transport).toBe('storage');
    const email = await signUp(a);
    await settle();
    expect(b.auth.state.user?.email).toBe(email);
    expect(b.auth.state.session?.token).toBe(a.auth.state.session?.token);
    expect(b.events.map((e) => e.type)).toEqual(['signed-in']);
    expect(b.calls).toEqual(['setSession']);
    const sessions = await b.auth.listSessions();
    expect(sessions.ok && sessions.value.filter((s) => s.current)).toHaveLength(1);
  });

  test('a sign-out in one tab signs the other out as "other-tab", without a server call, and drops its Session header', async () => {
    const [a, b] = twoTabs(transport);
    await signUp(a);
    await settle();
    clear(a, b);
    await a.auth.signOut();
    await settle();
    expect(b.auth.state).toMatchObject({ user: null, session: null, endedReason: 'other-tab' });
    expect(b.events).toEqual([{ type: 'signed-out', payload: { reason: 'other-tab' } }]);
    expect(b.calls).toEqual(['invalidateSession']);
    // Its client no longer sends a session.
    const answer = await b.client().auth.getUserFromDB();
    expect(answer.errors?.items[0]?.code).toBe('missing_session_token');
  });

  test('a name changed in one tab shows in the other without a server call', async () => {
    const [a, b] = twoTabs(transport);
    await signUp(a);
    await settle();
    clear(a, b);
    await a.auth.updateName('Ada Lovelace');
    await settle();
    expect(b.auth.state.user?.name).toBe('Ada Lovelace');
    expect(b.events.map((e) => e.type)).toEqual(['user-updated']);
    expect(b.calls).toEqual([]);
  });
});

describe('sessions ending elsewhere', () => {
  test('revoked from another device: the tab that checks signs out as revoked, and so does its sibling tab', async () => {
    const [a, b] = twoTabs('BroadcastChannel');
    const email = await signUp(a);
    await settle();
    const device = await anotherDevice(servers().verificationOff, email);
    const list = await device.auth.listSessions();
    if (!list.ok) throw new Error('list failed');
    for (const entry of list.value.filter((s) => !s.current)) await device.auth.revokeSession(entry.token);
    clear(a, b);

    await a.auth.checkSession();
    await settle();
    expect(a.events).toEqual([
      { type: 'session-invalid', payload: { code: 'invalid_session_token' } },
      { type: 'signed-out', payload: { reason: 'revoked' } },
    ]);
    expect(b.auth.state.endedReason).toBe('revoked');
    expect(b.events).toEqual([{ type: 'signed-out', payload: { reason: 'revoked' } }]);
    expect(b.calls).toEqual(['invalidateSession']);
  });

  test('the check runs when the tab becomes visible again', async () => {
    const tab = await signedInTab(undefined, 'Ada', { freshness: { document, window } });
    const device = await anotherDevice(servers().verificationOff, tab.email);
    await device.auth.signOutOthers();
    expect(document.visibilityState).toBe('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(tab.auth.state.endedReason).toBe('revoked');
    expect(tab.calls).toEqual(['getUserFromDB']);
  });

  test('a sign-out followed at once by a new sign-in in one tab leaves the other tab signed in with the new session', async () => {
    const [a, b] = twoTabs('BroadcastChannel');
    const email = await signUp(a);
    await settle();
    await a.auth.signOut();
    await a.auth.signIn(email, PASSWORD);
    await settle();
    expect(b.auth.state.session?.token).toBe(a.auth.state.session?.token);
    expect(JSON.parse(a.storage.getItem('shared-auth:session')!).token).toBe(a.auth.state.session?.token);
    expect((await b.auth.refreshUser()).ok).toBe(true);
  });
});

describe('storage the browser refuses (private mode)', () => {
  test('the tab still signs in, from memory, and says so', async () => {
    const storage = new MemoryStorage();
    storage.failing = true;
    const tab = openTab(servers().verificationOff, { storage });
    expect(tab.auth.state.persistent).toBe(false);
    await signUp(tab);
    expect(tab.auth.state.session).not.toBeNull();
    expect((await tab.auth.refreshUser()).ok).toBe(true);
  });
});

test("a sign-out reaches a tab whose view of storage lags behind the message (another renderer's)", async () => {
  const storage = new MemoryStorage();
  let frozen: Map<string, string | null> | null = null;
  const lagging: Storage = Object.assign(Object.create(storage) as Storage, {
    getItem: (key: string) => (frozen && frozen.has(key) ? frozen.get(key)! : storage.getItem(key)),
  });
  const envUrl = servers().verificationOff;
  const a = openTab(envUrl, { storage, crossTab: true });
  const b = openTab(envUrl, { storage: lagging, crossTab: true });
  await signUp(a);
  await settle();
  expect(b.auth.state.session).not.toBeNull();
  frozen = new Map(['shared-auth:session', 'shared-auth:user'].map((key) => [key, storage.getItem(key)]));
  await a.auth.signOut();
  await settle();
  setTimeout(() => (frozen = null), 100);
  await expect.poll(() => b.auth.state.session, { timeout: 5_000 }).toBeNull();
  expect(b.auth.state.endedReason).toBe('other-tab');
});
