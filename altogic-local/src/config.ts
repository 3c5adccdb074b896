// The one place where configuration is defined, defaulted and validated.

export interface PasswordHashingParams {
  /** scrypt cost; production value 2^15 */
  N: number;
  r: number;
  p: number;
}

export interface TokenLifetimes {
  emailConfirmMs: number;
  /** a verification link older than this confirms the address but creates no session (SEC-C2) */
  emailConfirmSessionMs: number;
  magicLinkMs: number;
  resetPwdMs: number;
  changeEmailMs: number;
}

export type OutboxMode = 'auto' | 'on' | 'off';

export interface ServerConfig {
  port: number;
  host: string;
  /** Directory of the embedded database; ':memory:' keeps everything in memory (tests). */
  dataDir: string;
  /** Absolute base URL of this server used in mailed links and publicPath; defaults to http://localhost:<port>. */
  publicUrl: string | null;
  redirectUrl: string;
  emailVerification: boolean;
  allowedOrigins: string[];
  /** null: any non-empty X-Client-Key is accepted */
  clientKeys: string[] | null;
  rateLimits: boolean;
  /** security notice mails: password-changed, email-changed (to the old address), new-sign-in */
  securityNotices: boolean;
  outbox: OutboxMode;
  databaseUrl: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  /** true: one line per request on stdout; a function receives each line instead */
  log: boolean | ((line: string) => void);
  /** Injectable clock (ms since epoch). */
  now: () => number;
  /** Test suites only: cheaper scrypt parameters. Production parameters are N=2^15, r=8, p=3. */
  passwordHashing: PasswordHashingParams;
  tokenLifetimes: TokenLifetimes;
  sessionIdleMs: number;
  sessionMaxAgeMs: number;
  maxSessionsPerUser: number;
  uploadLimitBytes: number;
  /** bytes of uploaded files one user may keep; 0: no quota */
  uploadQuotaPerUserBytes: number;
  /** bytes of uploaded files all users together may keep; 0: no quota */
  uploadQuotaTotalBytes: number;
  /** open connections at once, all sources together */
  maxConnections: number;
  /** open connections at once from one address (IPv6: one /64); 0 turns the cap off */
  maxConnectionsPerIp: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const PRODUCTION_PASSWORD_HASHING: PasswordHashingParams = { N: 2 ** 15, r: 8, p: 3 };

export const DEFAULT_ALLOWED_ORIGINS = [9000, 9001, 9002, 9003].flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]);

export function defaultConfig(): ServerConfig {
  return {
    port: 4000,
    host: 'localhost',
    dataDir: '.altogic-local',
    publicUrl: null,
    redirectUrl: 'http://localhost:9000/auth-redirect',
    emailVerification: true,
    allowedOrigins: [...DEFAULT_ALLOWED_ORIGINS],
    clientKeys: null,
    rateLimits: true,
    securityNotices: true,
    outbox: 'auto',
    databaseUrl: null,
    smtpUrl: null,
    mailFrom: 'altogic-local <no-reply@altogic-local.test>',
    log: true,
    now: () => Date.now(),
    passwordHashing: { ...PRODUCTION_PASSWORD_HASHING },
    tokenLifetimes: {
      emailConfirmMs: 24 * HOUR,
      emailConfirmSessionMs: 10 * MINUTE,
      magicLinkMs: 10 * MINUTE,
      resetPwdMs: 15 * MINUTE,
      changeEmailMs: 24 * HOUR,
    },
    sessionIdleMs: 30 * DAY,
    sessionMaxAgeMs: 90 * DAY,
    maxSessionsPerUser: 50,
    uploadLimitBytes: 5 * 1024 * 1024,
    uploadQuotaPerUserBytes: 25 * 1024 * 1024,
    uploadQuotaTotalBytes: 1024 * 1024 * 1024,
    maxConnections: 512,
    maxConnectionsPerIp: 64,
  };
}

export class ConfigError extends Error {}

function assertAbsoluteHttpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${name} must be an absolute http(s) URL, got "${value}"`);
  }
  return value;
}

/** Merges a partial config over the defaults and validates it. */
export function resolveConfig(partial: Partial<ServerConfig> = {}): ServerConfig {
  const base = defaultConfig();
  const config: ServerConfig = {
    ...base,
    ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)),
    tokenLifetimes: { ...base.tokenLifetimes, ...(partial.tokenLifetimes ?? {}) },
    passwordHashing: { ...base.passwordHashing, ...(partial.passwordHashing ?? {}) },
  };
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) {
    throw new ConfigError(`port must be an integer between 0 and 65535, got ${config.port}`);
  }
  assertAbsoluteHttpUrl('redirect URL', config.redirectUrl);
  if (config.publicUrl !== null) {
    assertAbsoluteHttpUrl('public URL', config.publicUrl);
    config.publicUrl = config.publicUrl.replace(/\/+$/, '');
  }
  for (const origin of config.allowedOrigins) {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new ConfigError(`allowed origin "${origin}" is not a URL origin such as http://localhost:9000`);
    }
    if (parsed.origin !== origin) {
      throw new ConfigError(`allowed origin "${origin}" must be exactly an origin, e.g. ${parsed.origin}`);
    }
  }
  if (config.clientKeys !== null && config.clientKeys.length === 0) config.clientKeys = null;
  const { N, r, p } = config.passwordHashing;
  if (!Number.isInteger(Math.log2(N)) || N < 2 || r < 1 || p < 1) {
    throw new ConfigError('passwordHashing needs N a power of two, r >= 1, p >= 1');
  }
  for (const [name, value] of [
    ['upload quota per user', config.uploadQuotaPerUserBytes],
    ['upload quota total', config.uploadQuotaTotalBytes],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number of bytes (0: none), got ${value}`);
  }
  if (!Number.isInteger(config.maxConnections) || config.maxConnections < 1) {
    throw new ConfigError(`max connections must be a whole number of at least 1, got ${config.maxConnections}`);
  }
  if (!Number.isInteger(config.maxConnectionsPerIp) || config.maxConnectionsPerIp < 0) {
    throw new ConfigError(`max connections per IP must be a whole number (0: no cap), got ${config.maxConnectionsPerIp}`);
  }
  if (!['auto', 'on', 'off'].includes(config.outbox)) {
    throw new ConfigError(`outbox must be auto, on or off, got "${config.outbox}"`);
  }
  return config;
}
