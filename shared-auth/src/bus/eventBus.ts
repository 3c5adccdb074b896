/**
 * The typed event bus, in three layers (docs/pitfalls.md #19): subscribers in this page, a BroadcastChannel to the
 * other tabs of the origin, and a `storage` event on a namespaced key where BroadcastChannel is missing.
 * Every cross-tab message is a versioned envelope with the sender's instance id and a per-sender sequence number;
 * receivers drop their own echoes, stale or repeated sequence numbers, unknown versions and unknown types.
 */
import type { AuthEventMap, AuthEventType, BusEnvelope, EventBus, Unsubscribe } from 'portal-contract';
import type { NamespacedStorage } from '../storage/namespacedStorage';
import { BUS_VERSION, readEnvelope } from './envelope';

export const BUS_CHANNEL = 'shared-auth';
/** Storage key (before namespacing) of the `storage`-event fallback. */
export const BUS_STORAGE_KEY = 'bus';

/** The part of BroadcastChannel the bus uses. */
export interface BroadcastChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export interface BusTransports {
  /** Opens the cross-tab channel; `null` turns it off. Default: the platform's BroadcastChannel, if any. */
  channel?: ((name: string) => BroadcastChannelLike) | null;
  /** Where `storage` events arrive (the window); `null` turns the fallback off. Used only without a channel. */
  storageEvents?: EventTarget | null;
}

export interface BusOptions {
  /** Written to (and its `storage` events read) by the fallback layer. */
  storage: NamespacedStorage;
  transports?: BusTransports;
  instanceId?: string;
  /**
   * Receives every accepted message from another tab. Default: deliver it to this page's subscribers.
   * shared-auth replaces it to update its state first (a sign-out in another tab means 'other-tab' here).
   */
  onRemote?: (envelope: BusEnvelope) => void;
}

export interface TabEventBus extends EventBus {
  readonly instanceId: string;
  /** Which cross-tab layer is active. */
  readonly transport: 'broadcast-channel' | 'storage' | 'none';
  /** To this page's subscribers only. */
  emitLocal<K extends AuthEventType>(type: K, payload: AuthEventMap[K]): void;
  /** To other tabs only. */
  broadcast<K extends AuthEventType>(type: K, payload: AuthEventMap[K]): void;
  close(): void;
}

type AnyListener = (payload: AuthEventMap[AuthEventType]) => void;

export function newInstanceId(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function defaultChannel(): ((name: string) => BroadcastChannelLike) | null {
  return typeof globalThis.BroadcastChannel === 'function' ? (name) => new globalThis.BroadcastChannel(name) : null;
}

function defaultStorageEvents(): EventTarget | null {
  return typeof globalThis.window !== 'undefined' ? globalThis.window : null;
}

export function createEventBus(options: BusOptions): TabEventBus {
  const { storage } = options;
  const instanceId = options.instanceId ?? newInstanceId();
  const listeners = new Map<AuthEventType, Set<AnyListener>>();
  const lastSeq = new Map<string, number>();
  let seq = 0;
  let closed = false;

  function emitLocal<K extends AuthEventType>(type: K, payload: AuthEventMap[K]): void {
    const set = listeners.get(type);
    if (!set) return;
    // A copy: a listener may unsubscribe itself or others while we deliver.
    for (const listener of [...set]) {
      try {
        listener(payload);
      } catch (error) {
        // One app's broken listener must not keep the event from the others.
        console.error(`[shared-auth] a "${type}" listener threw:`, error);
      }
    }
  }

  const onRemote = options.onRemote ?? ((envelope: BusEnvelope) => emitLocal(envelope.type, envelope.payload));

  function receive(raw: unknown): void {
    if (closed) return;
    const envelope = readEnvelope(raw);
    if (!envelope || envelope.from === instanceId) return;
    const last = lastSeq.get(envelope.from);
    if (last !== undefined && envelope.seq <= last) return;
    lastSeq.set(envelope.from, envelope.seq);
    onRemote(envelope);
  }

  // Layer 2: BroadcastChannel.
  const openChannel = options.transports?.channel === undefined ? defaultChannel() : options.transports.channel;
  let channel: BroadcastChannelLike | null = null;
  const onChannelMessage = (event: MessageEvent) => receive(event.data);
  if (openChannel) {
    try {
      channel = openChannel(BUS_CHANNEL);
      channel.addEventListener('message', onChannelMessage);
    } catch {
      channel = null;
    }
  }

  // Layer 3: `storage` events, only where there is no channel (both would deliver everything twice).
  const storageKey = storage.keyFor(BUS_STORAGE_KEY);
  const storageEvents = channel
    ? null
    : options.transports?.storageEvents === undefined
      ? defaultStorageEvents()
      : options.transports.storageEvents;
  const onStorage = (event: Event) => {
    const { key, newValue } = event as StorageEvent;
    if (key !== storageKey || !newValue) return;
    try {
      receive(JSON.parse(newValue));
    } catch {
      // Not JSON: not ours.
    }
  };
  storageEvents?.addEventListener('storage', onStorage);

  function broadcast<K extends AuthEventType>(type: K, payload: AuthEventMap[K]): void {
    if (closed) return;
    seq += 1;
    const envelope: BusEnvelope<K> = { v: BUS_VERSION, type, payload, seq, from: instanceId };
    if (channel) {
      try {
        channel.postMessage(envelope);
      } catch {
        // A closed or broken channel: other tabs re-check with the server when they become visible.
      }
    } else if (storageEvents) {
      // Other tabs get a `storage` event for the write; removing it right away keeps storage clean.
      storage.setItem(BUS_STORAGE_KEY, JSON.stringify(envelope));
      storage.removeItem(BUS_STORAGE_KEY);
    }
  }

  return {
    instanceId,
    get transport() {
      return channel ? 'broadcast-channel' : storageEvents ? 'storage' : 'none';
    },
    emitLocal,
    broadcast,
    emit(type, payload) {
      emitLocal(type, payload);
      broadcast(type, payload);
    },
    on(type, listener): Unsubscribe {
      let set = listeners.get(type);
      if (!set) {
        set = new Set();
        listeners.set(type, set);
      }
      // Wrapped so that subscribing the same function twice gives two independent subscriptions.
      const entry: AnyListener = (payload) => listener(payload as AuthEventMap[typeof type]);
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
    close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      if (channel) {
        channel.removeEventListener('message', onChannelMessage);
        channel.close();
      }
      storageEvents?.removeEventListener('storage', onStorage);
    },
  };
}
