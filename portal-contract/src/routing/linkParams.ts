/**
 * The parameters an emailed link brings to /auth-redirect (Altogic's redirect puts them in the query; a server may
 * use the fragment). They carry a live token, so they leave the address bar before any other code of the page
 * runs (the root config's first import; a host page's parcel does it on mount) and wait in this history entry's
 * state, which is neither shown, nor sent as a Referer, nor kept in the browser's list of visited URLs.
 */
export const LINK_PARAM_NAMES = ['access_token', 'action', 'status', 'error'] as const;

export type LinkParams = Partial<Record<(typeof LINK_PARAM_NAMES)[number], string>>;

const STATE_KEY = 'portal:link-params';

const stateObject = (history: History): Record<string, unknown> =>
  typeof history.state === 'object' && history.state !== null ? (history.state as Record<string, unknown>) : {};

/** Moves a link's parameters from the URL into the history entry's state. Nothing happens without them. */
export function stashLinkParams(location: Location = window.location, history: History = window.history): void {
  const query = new URLSearchParams(location.search);
  const fragment = new URLSearchParams(location.hash.slice(1));
  const found: LinkParams = {};
  let inFragment = false;
  for (const name of LINK_PARAM_NAMES) {
    const value = query.get(name) ?? fragment.get(name);
    if (value === null) continue;
    found[name] = value;
    inFragment ||= fragment.has(name);
    query.delete(name);
  }
  if (Object.keys(found).length === 0) return;
  const rest = query.toString();
  const hash = inFragment ? '' : location.hash;
  history.replaceState({ ...stateObject(history), [STATE_KEY]: found }, '', `${location.pathname}${rest ? `?${rest}` : ''}${hash}`);
}

/** The stashed parameters, once: taking them removes them from the state. */
export function takeLinkParams(history: History = window.history): LinkParams | null {
  const { [STATE_KEY]: stashed, ...rest } = stateObject(history);
  if (typeof stashed !== 'object' || stashed === null) return null;
  history.replaceState(rest, '');
  const params: LinkParams = {};
  for (const name of LINK_PARAM_NAMES) {
    const value = (stashed as Record<string, unknown>)[name];
    if (typeof value === 'string') params[name] = value;
  }
  return params;
}
