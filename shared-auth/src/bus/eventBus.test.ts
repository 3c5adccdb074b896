import { afterEach, describe, expect, test, vi } from 'vitest';
import type { AuthEventMap, BusEnvelope, User } from 'portal-contract';
import { createNamespacedStorage } from '../storage/namespacedStorage';
import { MemoryStorage, nextMessages, sharedOriginStorage, tabStorage } from '../testing/twoTabs';
import { BUS_CHANNEL, createEventBus, type BroadcastChannelLike, type TabEventBus } from './eventBus';

const user: User = {
  _id: 'u1',
  provider: 'altogic',
  providerUserId: 'u1',
  email: 'a@x.test',
  signUpAt: '2024-01-01T00:00:00.000Z',
  lastLoginAt: '2024-01-01T00:00:00.000Z',
};

const open: TabEventBus[] = [];
function bus(options: Parameters<typeof createEventBus>[0]): TabEventBus {
  const created = createEventBus(options);
  open.push(created);
  return created;
}
afterEach(() => open.splice(0).forEach((b) => b.close()));

/** Two tabs joined by a real BroadcastChannel (Node's, as browsers have). */
function twoChannelTabs() {
  const a = bus({ storage: createNamespacedStorage(new MemoryStorage()), instanceId: 'tab-a' });
  const b = bus({ storage: createNamespacedStorage(new MemoryStorage()), instanceId: 'tab-b' });
  return { a, b };
}

/** Two tabs joined only by `storage` events on one origin's storage. */
function twoStorageTabs() {
  const { storage, windows } = sharedOriginStorage(2);
  const make = (tab: number, id: string) =>
    bus({
      storage: createNamespacedStorage(tabStorage(storage, windows, tab)),
      instanceId: id,
      transports: { channel: null, storageEvents: windows[tab]! },
    });
  return { a: make(0, 'tab-a'), b: make(1, 'tab-b'), storage, windows };
}

describe('in the page', () => {
  test('delivers an event to every subscriber of its type, synchronously, and to no other type', () => {
    const { a } = twoChannelTabs();
    const signedOut = vi.fn();
    const other = vi.fn();
    a.on('signed-out', signedOut);
    a.on('signed-out', signedOut);
    a.on('user-updated', other);
    a.emit('signed-out', { reason: 'user' });
    expect(signedOut).toHaveBeenCalledTimes(2);
    expect(signedOut).toHaveBeenCalledWith({ reason: 'user' });
    expect(other).not.toHaveBeenCalled();
  });

  test('the disposer returned by on() stops delivery to that subscriber only', () => {
    const { a } = twoChannelTabs();
    const first = vi.fn();
    const second = vi.fn();
    const dispose = a.on('locale-changed', first);
    a.on('locale-changed', second);
    dispose();
    dispose();
    a.emit('locale-changed', { locale: 'de' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
  });

  test('a throwing subscriber does not keep the event from the others', () => {
    const { a } = twoChannelTabs();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const after = vi.fn();
    a.on('signed-in', () => {
      throw new Error('broken app');
    });
    a.on('signed-in', after);
    expect(() => a.emit('signed-in', { user })).not.toThrow();
    expect(after).toHaveBeenCalledOnce();
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  test('a subscriber that unsubscribes another during delivery does not break the loop', () => {
    const { a } = twoChannelTabs();
    const late = vi.fn();
    let disposeLate = () => {};
    a.on('signed-in', () => disposeLate());
    disposeLate = a.on('signed-in', late);
    a.emit('signed-in', { user });
    a.emit('signed-in', { user });
    expect(late).toHaveBeenCalledTimes(1);
  });

  test('emitLocal stays in the page and broadcast leaves it', async () => {
    const { a, b } = twoChannelTabs();
    const inA = vi.fn();
    const inB = vi.fn();
    a.on('locale-changed', inA);
    b.on('locale-changed', inB);
    a.emitLocal('locale-changed', { locale: 'fr' });
    a.broadcast('locale-changed', { locale: 'it' });
    await nextMessages(() => inB.mock.calls.length > 0);
    expect(inA.mock.calls).toEqual([[{ locale: 'fr' }]]);
    expect(inB.mock.calls).toEqual([[{ locale: 'it' }]]);
  });
});

describe.each([
  ['BroadcastChannel', twoChannelTabs, 'broadcast-channel'],
  ['the storage-event fallback', twoStorageTabs, 'storage'],
] as const)('across two tabs through %s', (_name, makeTabs, transport) => {
  test('uses that transport', () => {
    const { a } = makeTabs();
    expect(a.transport).toBe(transport);
  });

  test('an event emitted in one tab reaches the other tab, in order, and the sender once', async () => {
    const { a, b } = makeTabs();
    const inA = vi.fn();
    const inB = vi.fn();
    a.on('signed-out', inA);
    b.on('signed-out', inB);
    b.on('signed-in', inB);
    a.emit('signed-in', { user });
    a.emit('signed-out', { reason: 'user' });
    await nextMessages(() => inB.mock.calls.length >= 2);
    expect(inB.mock.calls).toEqual([[{ user }], [{ reason: 'user' }]]);
    expect(inA).toHaveBeenCalledOnce();
  });

  test('after close() a tab neither receives nor sends', async () => {
    const { a, b } = makeTabs();
    const inB = vi.fn();
    const inA = vi.fn();
    b.on('signed-out', inB);
    a.on('signed-out', inA);
    b.close();
    a.emit('signed-out', { reason: 'user' });
    b.emit('signed-out', { reason: 'user' });
    // nothing is expected to arrive, so there is nothing to wait for: a late delivery can only make this pass wrongly
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(inB).not.toHaveBeenCalled();
    expect(inA).toHaveBeenCalledOnce();
  });
});

describe('what a receiver drops', () => {
  /** A raw sender on the real channel, to post envelopes no bus would produce. */
  function rawSender() {
    const channel = new BroadcastChannel(BUS_CHANNEL);
    return { post: (message: unknown) => channel.postMessage(message), close: () => channel.close() };
  }
  const envelope = <K extends keyof AuthEventMap>(type: K, payload: AuthEventMap[K], seq: number, from = 'tab-x'): BusEnvelope<K> => ({
    v: 1,
    type,
    payload,
    seq,
    from,
  });

  const END = 'end-of-messages';
  async function received(messages: unknown[]) {
    const { b } = twoChannelTabs();
    const got: unknown[] = [];
    b.on('locale-changed', (p) => got.push(p.locale));
    b.on('signed-out', (p) => got.push(p.reason));
    const sender = rawSender();
    messages.forEach((message) => sender.post(message));
    // one sender's messages arrive in order: once a last, valid one has come, every earlier one has been handled
    sender.post(envelope('locale-changed', { locale: END }, 1, 'tab-end'));
    await nextMessages(() => got.includes(END));
    sender.close();
    return got.filter((locale) => locale !== END);
  }

  test('its own echo', async () => {
    expect(
      await received([envelope('locale-changed', { locale: 'echo' }, 1, 'tab-b'), envelope('locale-changed', { locale: 'ok' }, 1)]),
    ).toEqual(['ok']);
  });

  test('a stale or repeated sequence number of the same sender, but not of another sender', async () => {
    const got = await received([
      envelope('locale-changed', { locale: 'x1' }, 1),
      envelope('locale-changed', { locale: 'x3' }, 3),
      envelope('locale-changed', { locale: 'x2-stale' }, 2),
      envelope('locale-changed', { locale: 'x3-again' }, 3),
      envelope('locale-changed', { locale: 'y1' }, 1, 'tab-y'),
    ]);
    expect(got).toEqual(['x1', 'x3', 'y1']);
  });

  test('an unknown version, an unknown type, a malformed payload and non-envelopes, without throwing', async () => {
    const got = await received([
      { ...envelope('locale-changed', { locale: 'v2' }, 1), v: 2 },
      { v: 1, type: 'password-changed', payload: {}, seq: 2, from: 'tab-x' },
      envelope('signed-out', { reason: 'because' as never }, 3),
      { v: 1, type: 'locale-changed', payload: { locale: 'no-seq' }, from: 'tab-x' },
      { v: 1, type: 'locale-changed', payload: { locale: 'no-from' }, seq: 4 },
      'signed-out',
      null,
      envelope('locale-changed', { locale: 'after' }, 5),
    ]);
    expect(got).toEqual(['after']);
  });

  test('storage events for other keys or with unparsable values', async () => {
    const { b, windows } = twoStorageTabs();
    const got = vi.fn();
    b.on('locale-changed', got);
    const fire = (key: string, newValue: string | null) => {
      const event = Object.assign(new Event('storage'), { key, newValue });
      windows[1]!.dispatchEvent(event);
    };
    fire('shared-auth:bus', '{not json');
    fire('shared-auth:bus', null);
    fire('other-app:bus', JSON.stringify(envelope('locale-changed', { locale: 'foreign' }, 1)));
    fire('shared-auth:bus', JSON.stringify(envelope('locale-changed', { locale: 'mine' }, 1)));
    expect(got.mock.calls).toEqual([[{ locale: 'mine' }]]);
  });
});

describe('transports', () => {
  test('the storage fallback leaves nothing behind in storage', () => {
    const { a, storage } = twoStorageTabs();
    a.emit('signed-out', { reason: 'user' });
    expect(storage.map.size).toBe(0);
  });

  test('with a channel, storage events are not used (no double delivery)', async () => {
    const posted: unknown[] = [];
    const channel: BroadcastChannelLike = {
      postMessage: (m) => posted.push(m),
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      close: () => undefined,
    };
    const target = new EventTarget();
    const add = vi.spyOn(target, 'addEventListener');
    const storage = new MemoryStorage();
    const a = bus({
      storage: createNamespacedStorage(storage),
      instanceId: 'tab-a',
      transports: { channel: () => channel, storageEvents: target },
    });
    a.emit('locale-changed', { locale: 'de' });
    expect(add).not.toHaveBeenCalled();
    expect(storage.map.size).toBe(0);
    expect(posted).toEqual([{ v: 1, type: 'locale-changed', payload: { locale: 'de' }, seq: 1, from: 'tab-a' }]);
  });

  test('a channel that fails to open falls back to storage events', () => {
    const target = new EventTarget();
    const a = bus({
      storage: createNamespacedStorage(new MemoryStorage()),
      transports: {
        channel: () => {
          throw new Error('blocked');
        },
        storageEvents: target,
      },
    });
    expect(a.transport).toBe('storage');
  });

  test('each tab gets its own instance id', () => {
    const one = bus({ storage: createNamespacedStorage(new MemoryStorage()) });
    const two = bus({ storage: createNamespacedStorage(new MemoryStorage()) });
    expect(one.instanceId).not.toBe(two.instanceId);
  });
});
