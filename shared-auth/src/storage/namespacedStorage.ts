/**
 * The storage shared-auth and the Altogic client write to: every key under the `shared-auth:` prefix
 * (the client's own keys `session`/`user` are too generic for an origin shared by several apps, docs/pitfalls.md #14).
 * When the browser refuses storage (private mode, blocked cookies, quota) it degrades to memory and says so
 * through `persistent`, so the UI can show a notice instead of a blank screen (docs/pitfalls.md #25).
 */
import { STORAGE_PREFIX } from 'portal-contract';

/** What the Altogic client needs (its `ClientStorage`), plus what shared-auth needs on top. */
export interface NamespacedStorage {
  getItem(name: string): string | null;
  setItem(name: string, value: string): void;
  removeItem(name: string): void;
  /** The key as it appears in the backing storage (and in `storage` events). */
  keyFor(name: string): string;
  /** Removes every key whose backing name starts with `keyPrefix` (a full key, prefix included). */
  removeStartingWith(keyPrefix: string): void;
  /** False once the backing storage failed: values then live in this page only. */
  readonly persistent: boolean;
  /** Called once when storage degrades to memory. Returns a disposer. */
  onDegrade(listener: () => void): () => void;
}

export { STORAGE_PREFIX } from 'portal-contract';

const PROBE = '__probe__';

/** `localStorage` if the page may use it. Reading the property itself throws in some sandboxes. */
function defaultBacking(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function usable(storage: Storage | null, probeKey: string): storage is Storage {
  if (!storage) return false;
  try {
    storage.setItem(probeKey, '1');
    storage.removeItem(probeKey);
    return true;
  } catch {
    return false;
  }
}

export function createNamespacedStorage(backing: Storage | null = defaultBacking(), prefix = STORAGE_PREFIX): NamespacedStorage {
  const keyFor = (name: string) => prefix + name;
  const memory = new Map<string, string>();
  const listeners = new Set<() => void>();
  let store: Storage | null = usable(backing, keyFor(PROBE)) ? backing : null;

  function degrade(): void {
    const failed = store;
    store = null;
    // Keep what this page already had, so a quota error mid-session does not sign the user out.
    if (failed) {
      try {
        for (let i = 0; i < failed.length; i += 1) {
          const key = failed.key(i);
          if (key?.startsWith(prefix)) {
            const value = failed.getItem(key);
            if (value !== null) memory.set(key.slice(prefix.length), value);
          }
        }
      } catch {
        // Nothing more can be recovered.
      }
    }
    for (const listener of [...listeners]) listener();
  }

  return {
    keyFor,
    get persistent() {
      return store !== null;
    },
    getItem(name) {
      if (store) {
        try {
          return store.getItem(keyFor(name));
        } catch {
          degrade();
        }
      }
      return memory.get(name) ?? null;
    },
    setItem(name, value) {
      if (store) {
        try {
          store.setItem(keyFor(name), value);
          return;
        } catch {
          degrade();
        }
      }
      memory.set(name, value);
    },
    removeItem(name) {
      if (store) {
        try {
          store.removeItem(keyFor(name));
          return;
        } catch {
          degrade();
        }
      }
      memory.delete(name);
    },
    removeStartingWith(keyPrefix) {
      for (const name of [...memory.keys()]) if (keyFor(name).startsWith(keyPrefix)) memory.delete(name);
      if (!store) return;
      try {
        const keys: string[] = [];
        for (let i = 0; i < store.length; i += 1) {
          const key = store.key(i);
          if (key?.startsWith(keyPrefix)) keys.push(key);
        }
        for (const key of keys) store.removeItem(key);
      } catch {
        degrade();
      }
    },
    onDegrade(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
