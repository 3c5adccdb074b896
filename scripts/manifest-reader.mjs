/**
 * Remote manifests (federation-manifest.json) as deployed, for the portal's HTML (portal-html.mjs). Each is read
 * at most once per `maxAgeMs`, and only the first HTML after the server starts waits for it (at most `timeoutMs`):
 * later ones get the copy in hand at once while an older one is read again in the background, so a new deploy
 * of a part is seen a moment later and a part that stops answering never slows the portal's HTML.
 * A manifest that cannot be read is null: fewer preloads, the page still loads everything itself.
 */
export function manifestReader({ maxAgeMs = 5000, timeoutMs = 1000, fetchJson = defaultFetchJson } = {}) {
  const cache = new Map();
  const read = (url) => {
    const entry = { at: Date.now(), manifest: fetchJson(url, timeoutMs).catch(() => null) };
    entry.manifest.then(() => cache.set(url, entry));
    return entry;
  };
  return (url) => {
    const hit = cache.get(url);
    if (!hit) {
      const first = read(url);
      cache.set(url, first);
      return first.manifest;
    }
    if (Date.now() - hit.at >= maxAgeMs && !hit.refreshing) {
      hit.refreshing = true;
      read(url);
    }
    return hit.manifest;
  };
}

async function defaultFetchJson(url, timeoutMs) {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  return response.ok ? response.json() : null;
}
