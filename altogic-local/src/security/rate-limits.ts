// Throttling (S4): per-IP route limits through @fastify/rate-limit with a database-backed store (shared by every
// process on one database), per-account failure delays, and per-recipient mail cooldowns.
import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';
import { compareAndSetCounter, hitCounter, readCounter, resetCounter } from '../store/counters.ts';
import { tooManyRequests } from '../errors.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Per-IP limits of the routes that cost CPU or send mail (SEC-B5). */
export const ROUTE_LIMITS = {
  signIn: { group: 'signin', max: 30, timeWindow: 5 * MINUTE },
  signUp: { group: 'signup', max: 20, timeWindow: HOUR },
  mail: { group: 'mail', max: 30, timeWindow: HOUR },
  token: { group: 'token', max: 30, timeWindow: 5 * MINUTE },
  upload: { group: 'upload', max: 60, timeWindow: HOUR },
} as const;

export type RouteLimit = (typeof ROUTE_LIMITS)[keyof typeof ROUTE_LIMITS];

/** Expands an IPv6 address (no zone) into its eight hextets; null when it is not one. */
function hextets(address: string): number[] | null {
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((h) => (/^[0-9a-f]{1,4}$/i.test(h) ? parseInt(h, 16) : NaN)));
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return null;
  const all = [...head, ...Array<number>(missing).fill(0), ...tail];
  return all.some(Number.isNaN) ? null : all;
}

/**
 * The client a per-IP limit counts: the IPv4 address, or the /64 of an IPv6 address (a single host is commonly
 * given a whole /64, so counting addresses would let it spread its requests over 2^64 keys).
 */
export function ipLimitKey(ip: string): string {
  const address = ip.split('%')[0]!.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const parts = hextets(address);
  if (!parts) return address;
  return `${parts
    .slice(0, 4)
    .map((h) => h.toString(16))
    .join(':')}::/64`;
}

type IncrCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** A store for @fastify/rate-limit that keeps its counters in the database. */
export function databaseRateLimitStore(db: Kysely<Database>, now: () => number) {
  return class DatabaseRateLimitStore {
    incr(key: string, callback: IncrCallback, timeWindow: number): void {
      const at = now();
      hitCounter(db, `ip:${key}`, timeWindow, at).then(
        (state) => callback(null, { current: state.count, ttl: Math.max(0, state.windowStart + timeWindow - at) }),
        (error: Error) => callback(error),
      );
    }

    child(): DatabaseRateLimitStore {
      return this;
    }
  };
}

const ACCOUNT_FREE_FAILURES = 10;
const ACCOUNT_HARD_CAP = 100;
const ACCOUNT_MAX_DELAY_S = 15 * 60;
const ACCOUNT_FORGET_MS = 24 * HOUR;
const MAIL_RECIPIENT_COOLDOWN_MS = MINUTE;
const MAIL_GLOBAL_PER_HOUR = 200;
const MAIL_GLOBAL_KEY = 'mail:global';

export class Throttles {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
    readonly enabled: boolean,
    /** security events (lockouts, mail refusals): one structured log line each, never an address or secret */
    private readonly securityEvent: (event: string, fields: Record<string, string | number | undefined>) => void = () => {},
  ) {}

  /**
   * Claims one password check for an account (existing or not) and counts it as a failure until
   * `clearAccountFailures` says it succeeded (SEC-B4). Atomic: of parallel guesses that find the account free to
   * try, one claims the attempt and the others find the delay it starts. Throws 429 during the delay; returns the
   * number of consecutive failures this attempt would make.
   */
  async claimAccountAttempt(email: string, ip: string): Promise<number> {
    if (!this.enabled) return 0;
    const key = `acct:${email}`;
    for (;;) {
      const at = this.now();
      const read = await readCounter(this.db, key);
      const state = read && read.windowStart > at - ACCOUNT_FORGET_MS ? read : undefined;
      if (state && state.count >= ACCOUNT_FREE_FAILURES) {
        const refuse = (seconds: number, message: string) => {
          this.securityEvent('account_throttled', { ip, failures: state.count });
          return tooManyRequests(seconds, message);
        };
        if (state.count >= ACCOUNT_HARD_CAP) {
          throw refuse(ACCOUNT_MAX_DELAY_S, 'Too many failed attempts. Reset your password to log in again.');
        }
        const delayS = Math.min(2 ** (state.count - ACCOUNT_FREE_FAILURES), ACCOUNT_MAX_DELAY_S);
        const remainingMs = state.windowStart + delayS * 1000 - at;
        if (remainingMs > 0) throw refuse(remainingMs / 1000, 'Too many failed attempts. Please wait a moment and try again.');
      }
      const next = { count: (state?.count ?? 0) + 1, windowStart: at };
      if (await compareAndSetCounter(this.db, key, read, next)) return next.count;
      // another attempt changed the counter first: look again (it may have started a delay)
    }
  }

  async clearAccountFailures(email: string): Promise<void> {
    await resetCounter(this.db, `acct:${email}`);
  }

  /**
   * One mail per recipient per minute, counted for unknown addresses too (SEC-B2), and a global hourly budget
   * that only mails actually sent use up (`mailSent`): requests for unknown addresses cannot exhaust it. Every
   * caller is refused alike when it is spent, whether or not its address has an account.
   */
  async assertMayMail(email: string, ip: string): Promise<void> {
    if (!this.enabled) return;
    const at = this.now();
    const recipient = await hitCounter(this.db, `mailto:${email}`, MAIL_RECIPIENT_COOLDOWN_MS, at);
    if (recipient.count > 1) {
      this.securityEvent('mail_throttled', { ip, reason: 'recipient' });
      throw tooManyRequests(
        (recipient.windowStart + MAIL_RECIPIENT_COOLDOWN_MS - at) / 1000,
        'An email was sent to this address a moment ago. Please wait a minute before asking again.',
      );
    }
    const global = await readCounter(this.db, MAIL_GLOBAL_KEY);
    if (global && global.windowStart + HOUR > at && global.count >= MAIL_GLOBAL_PER_HOUR) {
      this.securityEvent('mail_throttled', { ip, reason: 'global' });
      throw tooManyRequests((global.windowStart + HOUR - at) / 1000);
    }
  }

  /** Counts one mail sent against the global hourly budget. */
  async mailSent(): Promise<void> {
    if (!this.enabled) return;
    await hitCounter(this.db, MAIL_GLOBAL_KEY, HOUR, this.now());
  }
}
