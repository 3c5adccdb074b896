/**
 * The one door to federation (docs/pitfalls.md #2, #8): a timeout, one retry with a cache-busting query, and the URL
 * taken from portal.config.json at run time. Swapping the federation plugin touches this folder only.
 */
import { __federation_method_getRemote, __federation_method_setRemote } from 'virtual:__federation__';
import { REMOTE_URLS_GLOBAL, type RemoteName } from 'portal-contract';

const TIMEOUT_MS = 10_000;

declare global {
  var __portal_remotes__: Record<string, string> | undefined;
}

export function publishRemoteUrls(urls: Record<RemoteName, string>): void {
  (globalThis as Record<string, unknown>)[REMOTE_URLS_GLOBAL] = { ...urls };
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not load within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

const attempts = new Map<RemoteName, number>();

export async function loadRemote<T>(name: RemoteName, exposed: string): Promise<T> {
  const base = globalThis.__portal_remotes__?.[name];
  if (!base) throw new Error(`No URL configured for ${name}`);
  let lastError: unknown;
  for (let tries = 0; tries < 2; tries++) {
    const attempt = (attempts.get(name) ?? 0) + 1;
    attempts.set(name, attempt);
    const url = attempt === 1 ? base : `${base}${base.includes('?') ? '&' : '?'}v=${attempt}`;
    __federation_method_setRemote(name, { url: () => Promise.resolve(url), format: 'esm', from: 'vite' });
    try {
      return (await withTimeout(__federation_method_getRemote(name, exposed), name)) as T;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
