// Command-line flags and environment variables (altogic-local/README.md) → a partial config. Flags win over variables.
import path from 'node:path';
import { ConfigError, defaultConfig, type ServerConfig } from './config.ts';

export interface Option {
  flag: string;
  env: string | null;
  help: string;
  apply(config: Partial<ServerConfig>, value: string): void;
}

function onOff(name: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (['on', 'true', '1', 'yes'].includes(v)) return true;
  if (['off', 'false', '0', 'no'].includes(v)) return false;
  throw new ConfigError(`${name} must be on or off, got "${value}"`);
}

function wholeNumber(name: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new ConfigError(`${name} must be a whole number, got "${value}"`);
  return Number(value);
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kib: 1024, m: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gib: 1024 ** 3 };

/** A size such as 25MiB, 1GiB, 500k or 1048576 (bytes); units are binary. */
export function byteSize(name: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = match ? SIZE_UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined)
    throw new ConfigError(`${name} must be a size such as 25MiB, 1GiB or a number of bytes, got "${value}"`);
  return Math.round(Number(match[1]) * unit);
}

const mib = (bytes: number) => `${bytes / 1024 ** 2}MiB`;

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Relative paths are taken from the directory the user ran the command in (pnpm changes into the package). */
export function invocationDir(): string {
  return process.env['INIT_CWD'] ?? process.cwd();
}

const defaults = defaultConfig();

export const OPTIONS: Option[] = [
  {
    flag: 'port',
    env: 'ALTOGIC_LOCAL_PORT',
    help: `port to listen on (${defaults.port}; 0 picks a free one)`,
    apply: (c, v) => {
      if (!/^\d+$/.test(v.trim())) throw new ConfigError(`port must be a number, got "${v}"`);
      c.port = Number(v);
    },
  },
  {
    flag: 'host',
    env: 'ALTOGIC_LOCAL_HOST',
    help: `address to bind (${defaults.host})`,
    apply: (c, v) => {
      c.host = v;
    },
  },
  {
    flag: 'data-dir',
    env: 'ALTOGIC_LOCAL_DATA_DIR',
    help: 'directory of the embedded database (.altogic-local/ under the working directory)',
    apply: (c, v) => {
      c.dataDir = v === ':memory:' ? v : path.resolve(invocationDir(), v);
    },
  },
  {
    flag: 'redirect-url',
    env: 'ALTOGIC_LOCAL_REDIRECT_URL',
    help: `where email links redirect (${defaults.redirectUrl})`,
    apply: (c, v) => {
      c.redirectUrl = v;
    },
  },
  {
    flag: 'email-verification',
    env: 'ALTOGIC_LOCAL_EMAIL_VERIFICATION',
    help: 'on|off (on)',
    apply: (c, v) => {
      c.emailVerification = onOff('email-verification', v);
    },
  },
  {
    flag: 'allowed-origins',
    env: 'ALTOGIC_LOCAL_ALLOWED_ORIGINS',
    help: 'comma-separated CORS origins (the portal and remotes on :9000-:9003)',
    apply: (c, v) => {
      c.allowedOrigins = list(v);
    },
  },
  {
    flag: 'client-keys',
    env: 'ALTOGIC_LOCAL_CLIENT_KEYS',
    help: 'comma-separated accepted X-Client-Key values (default: any non-empty key)',
    apply: (c, v) => {
      const keys = list(v);
      c.clientKeys = keys.length ? keys : null;
    },
  },
  {
    flag: 'rate-limits',
    env: 'ALTOGIC_LOCAL_RATE_LIMITS',
    help: 'on|off (on)',
    apply: (c, v) => {
      c.rateLimits = onOff('rate-limits', v);
    },
  },
  {
    flag: 'security-notices',
    env: 'ALTOGIC_LOCAL_SECURITY_NOTICES',
    help: 'on|off: notice mails for password and email changes and sign-ins from a new browser (on)',
    apply: (c, v) => {
      c.securityNotices = onOff('security-notices', v);
    },
  },
  {
    flag: 'outbox',
    env: 'ALTOGIC_LOCAL_OUTBOX',
    help: 'auto|on|off: the development outbox (auto: on unless NODE_ENV=production, a non-loopback bind or --public-url)',
    apply: (c, v) => {
      if (!['auto', 'on', 'off'].includes(v)) throw new ConfigError(`outbox must be auto, on or off, got "${v}"`);
      c.outbox = v as ServerConfig['outbox'];
    },
  },
  {
    flag: 'public-url',
    env: 'ALTOGIC_LOCAL_PUBLIC_URL',
    help: 'base URL used in mailed links and file URLs (http://localhost:<port>)',
    apply: (c, v) => {
      c.publicUrl = v;
    },
  },
  {
    flag: 'upload-quota-per-user',
    env: 'ALTOGIC_LOCAL_UPLOAD_QUOTA_PER_USER',
    help: `stored files one user may keep, e.g. 25MiB (${mib(defaults.uploadQuotaPerUserBytes)}; 0: no quota)`,
    apply: (c, v) => {
      c.uploadQuotaPerUserBytes = byteSize('upload-quota-per-user', v);
    },
  },
  {
    flag: 'upload-quota-total',
    env: 'ALTOGIC_LOCAL_UPLOAD_QUOTA_TOTAL',
    help: `stored files of all users together, e.g. 1GiB (${mib(defaults.uploadQuotaTotalBytes)}; 0: no quota)`,
    apply: (c, v) => {
      c.uploadQuotaTotalBytes = byteSize('upload-quota-total', v);
    },
  },
  {
    flag: 'max-connections',
    env: 'ALTOGIC_LOCAL_MAX_CONNECTIONS',
    help: `open connections at once, from all sources (${defaults.maxConnections})`,
    apply: (c, v) => {
      c.maxConnections = wholeNumber('max-connections', v);
    },
  },
  {
    flag: 'max-connections-per-ip',
    env: 'ALTOGIC_LOCAL_MAX_CONNECTIONS_PER_IP',
    help: `open connections at once from one address, IPv6 per /64 (${defaults.maxConnectionsPerIp}; 0: no cap)`,
    apply: (c, v) => {
      c.maxConnectionsPerIp = wholeNumber('max-connections-per-ip', v);
    },
  },
  {
    flag: 'database-url',
    env: 'DATABASE_URL',
    help: 'PostgreSQL connection string; without it the embedded SQLite database is used',
    apply: (c, v) => {
      c.databaseUrl = v || null;
    },
  },
  {
    flag: 'smtp-url',
    env: 'SMTP_URL',
    help: 'also deliver mail through this SMTP server (e.g. smtp://localhost:1025)',
    apply: (c, v) => {
      c.smtpUrl = v || null;
    },
  },
  {
    flag: 'mail-from',
    env: 'ALTOGIC_LOCAL_MAIL_FROM',
    help: `sender of mails (${defaults.mailFrom})`,
    apply: (c, v) => {
      c.mailFrom = v;
    },
  },
];

export function usage(): string {
  const lines = OPTIONS.map((o) => `  --${o.flag.padEnd(20)} ${o.help}${o.env ? `  [${o.env}]` : ''}`);
  return `Usage: altogic-local [options]\n\n${lines.join('\n')}\n  --help                 this text\n`;
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv): Partial<ServerConfig> {
  const config: Partial<ServerConfig> = { dataDir: path.resolve(invocationDir(), '.altogic-local') };
  for (const option of OPTIONS) {
    const value = option.env ? env[option.env] : undefined;
    if (value !== undefined && value !== '') option.apply(config, value);
  }
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (!arg.startsWith('--')) throw new ConfigError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const option = OPTIONS.find((o) => o.flag === name);
    if (!option) throw new ConfigError(`unknown option --${name}`);
    let value: string | undefined = eq < 0 ? undefined : arg.slice(eq + 1);
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new ConfigError(`--${name} needs a value`);
      i += 1;
    }
    option.apply(config, value);
  }
  return config;
}
