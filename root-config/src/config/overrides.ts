/**
 * Developer overrides: point the running portal at a local build of one part (like import-map-overrides).
 * Set with `?override.<remote>=<entry URL>` (an empty value clears it), kept in localStorage, and applied only when
 * portal.config.json enables overrides and the URL's origin is on its allowlist (docs/security.md B6); a refused one is
 * reported once and forgotten. The built default config has them off; a developer enables them in their own.
 */
import { REMOTES, type PortalConfig, type RemoteName } from 'portal-contract';
import type { ShellPhrase } from '../i18n/catalogs';

const STORAGE_KEY = 'portal:overrides';
const PARAM_PREFIX = 'override.';

export interface OverrideOutcome {
  config: PortalConfig;
  applied: Array<{ remote: RemoteName; url: string }>;
  /** `why` is a phrase of the shell's catalog: the banner says it in the language shown. */
  refused: Array<{ remote: RemoteName; url: string; why: ShellPhrase }>;
}

const isRemote = (name: string): name is RemoteName => (Object.values(REMOTES) as string[]).includes(name);

function readStored(storage: Storage): Partial<Record<RemoteName, string>> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Partial<Record<RemoteName, string>>) : {};
  } catch {
    return {};
  }
}

/** Moves `override.*` parameters of the address into storage and removes them from the address bar. */
export function captureOverrideParams(location: Location, history: History, storage: Storage): void {
  const url = new URL(location.href);
  const stored = readStored(storage);
  let changed = false;
  for (const [key, value] of [...url.searchParams]) {
    if (!key.startsWith(PARAM_PREFIX)) continue;
    const remote = key.slice(PARAM_PREFIX.length);
    url.searchParams.delete(key);
    changed = true;
    if (!isRemote(remote)) continue;
    if (value) stored[remote] = value;
    else delete stored[remote];
  }
  if (!changed) return;
  storage.setItem(STORAGE_KEY, JSON.stringify(stored));
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

export function clearOverrides(storage: Storage): void {
  storage.removeItem(STORAGE_KEY);
}

export function applyOverrides(config: PortalConfig, storage: Storage): OverrideOutcome {
  const outcome: OverrideOutcome = { config, applied: [], refused: [] };
  const stored = readStored(storage);
  const remotes = { ...config.remotes };
  for (const [remote, url] of Object.entries(stored) as Array<[RemoteName, string]>) {
    if (!isRemote(remote) || typeof url !== 'string') continue;
    let origin: string | null = null;
    try {
      origin = new URL(url).origin;
    } catch {
      // not a URL: refused below
    }
    const why: ShellPhrase | null = !config.overrides?.enabled
      ? { key: 'overrides.disabled' }
      : !origin
        ? { key: 'overrides.invalidUrl' }
        : !config.overrides.allowedOrigins.includes(origin)
          ? { key: 'overrides.notAllowed', params: { origin } }
          : null;
    if (why) {
      // Reported on this load (the banner), never kept: a refused URL must not wait for a laxer config.
      outcome.refused.push({ remote, url, why });
      delete stored[remote];
    } else {
      remotes[remote] = url;
      outcome.applied.push({ remote, url });
    }
  }
  if (outcome.refused.length > 0) {
    if (Object.keys(stored).length > 0) storage.setItem(STORAGE_KEY, JSON.stringify(stored));
    else storage.removeItem(STORAGE_KEY);
  }
  outcome.config = { ...config, remotes };
  return outcome;
}
