/**
 * Re-checks the held session with the server when the page starts, when the tab becomes visible again and when
 * the browser comes back online, at most once per interval (docs/pitfalls.md #19), so that a session revoked elsewhere
 * ends here without the user first clicking something that fails.
 */
export interface FreshnessCheckOptions {
  /** The check itself; it reports its outcome through the session layer. */
  check: () => Promise<unknown>;
  /** Only worth a request while a session is held. */
  shouldCheck: () => boolean;
  minIntervalMs?: number;
  now?: () => number;
  /** Where `visibilitychange` arrives; default the document, if any. */
  document?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'> | null;
  /** Where `online` arrives; default the window, if any. */
  window?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
}

export interface FreshnessCheck {
  /** Checks now (if due) and from then on at every trigger. Calling it again only checks again (if due). */
  start(): void;
  /** Checks if due; resolves when done. */
  trigger(): Promise<void>;
  dispose(): void;
}

export const FRESHNESS_INTERVAL_MS = 60_000;

export function createFreshnessCheck(options: FreshnessCheckOptions): FreshnessCheck {
  const interval = options.minIntervalMs ?? FRESHNESS_INTERVAL_MS;
  const now = options.now ?? Date.now;
  const doc = options.document === undefined ? (globalThis.document ?? null) : options.document;
  const win = options.window === undefined ? (globalThis.window ?? null) : options.window;
  let lastCheck: number | null = null;
  let inFlight: Promise<void> | null = null;
  let listening = false;

  function trigger(): Promise<void> {
    if (inFlight) return inFlight;
    if (!options.shouldCheck()) return Promise.resolve();
    const at = now();
    if (lastCheck !== null && at - lastCheck < interval) return Promise.resolve();
    lastCheck = at;
    inFlight = options
      .check()
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  const onVisibility = () => {
    if (doc?.visibilityState === 'visible') void trigger();
  };
  const onOnline = () => void trigger();

  return {
    start() {
      if (!listening) {
        listening = true;
        doc?.addEventListener('visibilitychange', onVisibility);
        win?.addEventListener('online', onOnline);
      }
      void trigger();
    },
    trigger,
    dispose() {
      if (!listening) return;
      listening = false;
      doc?.removeEventListener('visibilitychange', onVisibility);
      win?.removeEventListener('online', onOnline);
    },
  };
}
