/**
 * Test helpers that stand in for the browser around a tab: a Storage shared by several "tabs" that fires
 * `storage` events in the other tabs only, as browsers do, and a controllable clock.
 */

/** A Web Storage over a map, optionally throwing on every call (private mode, blocked storage). */
export class MemoryStorage implements Storage {
  readonly map = new Map<string, string>();
  failing = false;

  get length() {
    this.check();
    return this.map.size;
  }
  key(index: number) {
    this.check();
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string) {
    this.check();
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.check();
    this.map.set(key, String(value));
  }
  removeItem(key: string) {
    this.check();
    this.map.delete(key);
  }
  clear() {
    this.check();
    this.map.clear();
  }
  private check() {
    if (this.failing) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

/** One origin's localStorage seen by several tabs, each with its own window-like event target. */
export function sharedOriginStorage(tabCount: number): { storage: MemoryStorage; windows: EventTarget[] } {
  const storage = new MemoryStorage();
  const windows = Array.from({ length: tabCount }, () => new EventTarget());
  return { storage, windows };
}

/** A Storage view for one tab: writes go to the shared map and fire `storage` events in every other tab. */
export function tabStorage(shared: MemoryStorage, windows: EventTarget[], tab: number): Storage {
  const view = Object.create(shared) as Storage;
  const fire = (key: string, oldValue: string | null, newValue: string | null) => {
    windows.forEach((target, index) => {
      if (index === tab) return;
      const event = new Event('storage') as Event & Record<string, unknown>;
      Object.assign(event, { key, oldValue, newValue, storageArea: shared });
      target.dispatchEvent(event);
    });
  };
  view.setItem = (key, value) => {
    const old = shared.getItem(key);
    shared.setItem(key, value);
    fire(key, old, value);
  };
  view.removeItem = (key) => {
    const old = shared.getItem(key);
    shared.removeItem(key);
    if (old !== null) fire(key, old, null);
  };
  return view;
}

export function fakeClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/**
 * Waits until `arrived()` holds. BroadcastChannel deliveries are macrotasks in Node and come late on a busy machine,
 * so a test waits for what it expects to arrive, never for a fixed time (a fixed 20 ms failed under load).
 */
export async function nextMessages(arrived: () => boolean, within = 10_000): Promise<void> {
  const deadline = Date.now() + within;
  while (!arrived()) {
    if (Date.now() > deadline) throw new Error(`the expected messages did not arrive within ${within} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
