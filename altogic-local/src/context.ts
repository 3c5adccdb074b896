// The application context injected into every route module: configuration, database, services and URLs.
import type { Kysely } from 'kysely';
import type { ServerConfig } from './config.ts';
import type { Database, Store, TokenPurpose } from './store/database.ts';
import type { PasswordHasher } from './security/password-hashing.ts';
import type { Throttles } from './security/rate-limits.ts';
import type { Mailer } from './mail/mailer.ts';

export interface AppContext {
  config: ServerConfig;
  store: Store;
  db: Kysely<Database>;
  hasher: PasswordHasher;
  throttles: Throttles;
  mailer: Mailer;
  outboxEnabled: boolean;
  /** set when shutdown begins: late requests get a 503 in the Altogic error shape */
  shuttingDown: boolean;
  now(): number;
  /** Absolute base URL of this server, from configuration (or the listening port), never from request headers (S17). */
  baseUrl(): string;
  log(line: string): void;
  /** Security events (S15): never secrets. */
  securityEvent(event: string, fields: Record<string, string | number | undefined>): void;
}

/** Public path of a stored file. */
export function publicFileUrl(ctx: AppContext, bucket: string, fileId: string): string {
  return `${ctx.baseUrl()}/_storage/${encodeURIComponent(bucket)}/${encodeURIComponent(fileId)}`;
}

/** The link mailed to the user; it points at this server, which then redirects to the app (docs/wire-contract.md §5). */
export function emailLinkUrl(ctx: AppContext, purpose: TokenPurpose, token: string): string {
  return `${ctx.baseUrl()}/_links/${purpose}?token=${token}`;
}

/**
 * The configured redirect URL with the given query parameters added. The access token goes in the fragment:
 * a browser never sends a fragment to a server, so it stays out of the app server's logs and Referer headers
 * (the client and the app read `access_token` from the query or the fragment, docs/wire-contract.md §4.9).
 */
export function appRedirectUrl(ctx: AppContext, params: Record<string, string>, accessToken?: string): string {
  const url = new URL(ctx.config.redirectUrl);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  if (accessToken !== undefined) url.hash = new URLSearchParams({ access_token: accessToken }).toString();
  return url.toString();
}
