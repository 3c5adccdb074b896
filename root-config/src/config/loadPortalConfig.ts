import { REMOTES, SUPPORTED_LOCALES, type PortalConfig, type RemoteName } from 'portal-contract';

/** An absolute http(s) URL: what a link or a remote built from data may point at (docs/security.md FE-8). */
export const isHttpUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\/\S+$/.test(value);
/** A link users follow: http(s), or a path on the portal's own origin (not `//host`, which leaves it). */
const isLinkUrl = (value: unknown): value is string => isHttpUrl(value) || (typeof value === 'string' && /^\/(?![/\\])\S*$/.test(value));

/** The id of the config the server writes into the HTML (scripts/portal-html.mjs): JSON data, never run. */
export const INLINE_CONFIG_ID = 'portal-config';

/**
 * Validates portal.config.json: the copy the server put in the page when there is one (no round trip), else
 * fetched. A broken file is reported in plain words, never half-used.
 */
export async function loadPortalConfig(url = '/portal.config.json', doc: Document = document): Promise<PortalConfig> {
  const inline = doc.getElementById(INLINE_CONFIG_ID);
  if (inline?.getAttribute('type') === 'application/json') {
    let raw: unknown;
    try {
      raw = JSON.parse(inline.textContent ?? '');
    } catch {
      throw new Error(`the page's ${url} (#${INLINE_CONFIG_ID}) is not JSON`);
    }
    return validatePortalConfig(raw);
  }
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return validatePortalConfig(await response.json());
}

export function validatePortalConfig(raw: unknown): PortalConfig {
  const problems: string[] = [];
  const config = raw as Partial<PortalConfig> | null;
  if (!isHttpUrl(config?.altogic?.envUrl)) problems.push('altogic.envUrl must be an http(s) URL');
  if (typeof config?.altogic?.clientKey !== 'string' || !config.altogic.clientKey)
    problems.push('altogic.clientKey must be a non-empty string');
  for (const name of Object.values(REMOTES) as RemoteName[]) {
    if (!isHttpUrl(config?.remotes?.[name])) problems.push(`remotes["${name}"] must be an http(s) URL`);
  }
  if (config?.outboxUrl !== undefined && !isHttpUrl(config.outboxUrl)) problems.push('outboxUrl must be an http(s) URL');
  if (config?.locale !== undefined && !(SUPPORTED_LOCALES as readonly unknown[]).includes(config.locale)) {
    problems.push(`locale must be one of ${SUPPORTED_LOCALES.join(', ')} (got ${JSON.stringify(config.locale)})`);
  }
  const consent = config?.consent;
  if (consent !== undefined) {
    if (typeof consent !== 'object' || consent === null || (consent.termsUrl === undefined && consent.privacyUrl === undefined)) {
      problems.push('consent must be { termsUrl?, privacyUrl? } with at least one of them');
    } else {
      for (const key of ['termsUrl', 'privacyUrl'] as const) {
        if (consent[key] !== undefined && !isLinkUrl(consent[key]))
          problems.push(`consent.${key} must be an http(s) URL or a path starting with /`);
      }
    }
  }
  const overrides = config?.overrides;
  if (
    overrides !== undefined &&
    (typeof overrides.enabled !== 'boolean' || !Array.isArray(overrides.allowedOrigins) || !overrides.allowedOrigins.every(isHttpUrl))
  ) {
    problems.push('overrides must be { enabled: boolean, allowedOrigins: http(s) origins[] }');
  }
  if (problems.length > 0) throw new Error(`portal.config.json is invalid: ${problems.join('; ')}`);
  return config as PortalConfig;
}
