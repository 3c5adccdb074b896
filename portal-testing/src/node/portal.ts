/**
 * Where the portal under test is. Only its URL is needed: the backend (altogic-local) and the client key are read
 * from the portal's own `portal.config.json`, once, unless given.
 */
import type { PortalConfig } from 'portal-contract';
import { readJson } from './http.js';

export interface PortalOptions {
  /** The portal's origin, e.g. `http://localhost:9000`. */
  url: string;
  /** altogic-local's URL; by default the `altogic.envUrl` of the portal's `portal.config.json`. */
  backendUrl?: string;
  /** The `X-Client-Key` sent to the API; by default the portal's own (`altogic.clientKey`). */
  clientKey?: string;
}

/** The API the kit talks to: altogic-local's URL and the client key the portal uses. */
export interface Backend {
  url: string;
  clientKey: string;
}

export interface Portal {
  /** The portal's origin, without a trailing slash. */
  readonly url: string;
  /** altogic-local's URL and the client key, resolved once. */
  backend(): Promise<Backend>;
}

const trimSlash = (url: string): string => url.replace(/\/+$/, '');

/** A portal to test against. Nothing is fetched until a function needs the backend. */
export function connectPortal(options: PortalOptions | string): Portal {
  const { url, backendUrl, clientKey } = typeof options === 'string' ? { url: options } : options;
  const origin = trimSlash(url);
  let backend: Promise<Backend> | undefined;
  return {
    url: origin,
    backend: () =>
      (backend ??= (async () => {
        if (backendUrl !== undefined && clientKey !== undefined) return { url: trimSlash(backendUrl), clientKey };
        const config = await readJson<PortalConfig>(`${origin}/portal.config.json`, 'the portal configuration');
        return { url: trimSlash(backendUrl ?? config.altogic.envUrl), clientKey: clientKey ?? config.altogic.clientKey };
      })()),
  };
}

/**
 * The portal named by the environment: `PORTAL_URL` (default `http://localhost:9000`), and optionally
 * `PORTAL_BACKEND_URL` and `PORTAL_CLIENT_KEY`.
 */
export function portalFromEnv(env: Record<string, string | undefined> = process.env): Portal {
  return connectPortal({
    url: env['PORTAL_URL'] ?? 'http://localhost:9000',
    ...(env['PORTAL_BACKEND_URL'] ? { backendUrl: env['PORTAL_BACKEND_URL'] } : {}),
    ...(env['PORTAL_CLIENT_KEY'] ? { clientKey: env['PORTAL_CLIENT_KEY'] } : {}),
  });
}
