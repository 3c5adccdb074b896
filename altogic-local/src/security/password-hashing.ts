// scrypt password hashing off the event loop, with a bounded number of hashes in flight (S1, REL-5).
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { ApiError, ErrorCode } from '../errors.ts';
import type { PasswordHashingParams } from '../config.ts';

const KEY_LENGTH = 64;
const SALT_LENGTH = 16;
const MAX_MEMORY = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, params: PasswordHashingParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: MAX_MEMORY };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

interface ParsedHash {
  params: PasswordHashingParams;
  salt: Buffer;
  key: Buffer;
}

/** Stored form: `scrypt$<N>$<r>$<p>$<salt base64>$<key base64>`. */
export function parseStoredHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every(Number.isSafeInteger)) return null;
  return { params: { N, r, p }, salt: Buffer.from(parts[4]!, 'base64'), key: Buffer.from(parts[5]!, 'base64') };
}

/** The queue key shared by every check of an address without an account. */
const UNKNOWN_ACCOUNTS = 'unknown-accounts';

const serverBusy = () =>
  new ApiError(503, ErrorCode.serverBusy, 'The server is busy. Please try again in a moment.', { headers: { 'retry-after': '1' } });

/**
 * Runs scrypt with at most `maxInFlight` hashes at once and `maxQueue` waiting. The queue is shared fairly
 * (scrypt queue starvation): each limit key a caller names (its IP or IPv6 /64, its account) holds at most a
 * quarter of it, and checks of unknown addresses together at most half, so a legitimate sign-in still gets a slot.
 */
export class PasswordHasher {
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly pendingByKey = new Map<string, number>();
  private readonly keyShare: number;
  private readonly unknownShare: number;
  private dummyHash: Promise<string> | null = null;
  /** recent duration of a verification, queue included: what an unknown address answered by a timer waits */
  private verifyMs = 50;

  constructor(
    private readonly params: PasswordHashingParams,
    private readonly maxInFlight = 4,
    private readonly maxQueue = 16,
  ) {
    const capacity = maxInFlight + maxQueue;
    this.keyShare = Math.max(1, Math.floor(capacity / 4));
    this.unknownShare = Math.max(1, Math.floor(capacity / 2));
  }

  private pending(key: string): number {
    return this.pendingByKey.get(key) ?? 0;
  }

  private shareOf(key: string): number {
    return key === UNKNOWN_ACCOUNTS ? this.unknownShare : this.keyShare;
  }

  private async withSlot<T>(work: () => Promise<T>, keys: readonly string[]): Promise<T> {
    if (keys.some((key) => this.pending(key) >= this.shareOf(key))) throw serverBusy();
    if (this.inFlight >= this.maxInFlight && this.waiting.length >= this.maxQueue) throw serverBusy();
    for (const key of keys) this.pendingByKey.set(key, this.pending(key) + 1);
    try {
      if (this.inFlight >= this.maxInFlight) await new Promise<void>((resolve) => this.waiting.push(resolve));
      else this.inFlight += 1;
      try {
        return await work();
      } finally {
        const next = this.waiting.shift();
        if (next) next();
        else this.inFlight -= 1;
      }
    } finally {
      for (const key of keys) {
        const left = this.pending(key) - 1;
        if (left > 0) this.pendingByKey.set(key, left);
        else this.pendingByKey.delete(key);
      }
    }
  }

  async hash(password: string, keys: readonly string[] = []): Promise<string> {
    const salt = randomBytes(SALT_LENGTH);
    const key = await this.withSlot(() => derive(password, salt, this.params), keys);
    const { N, r, p } = this.params;
    return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
  }

  /** Constant-time verification; `needsRehash` when the stored parameters differ from the configured ones. */
  async verify(password: string, stored: string, keys: readonly string[] = []): Promise<{ ok: boolean; needsRehash: boolean }> {
    const parsed = parseStoredHash(stored);
    if (!parsed) return { ok: false, needsRehash: false };
    const started = performance.now();
    const key = await this.withSlot(() => derive(password, parsed.salt, parsed.params), keys);
    this.verifyMs = 0.8 * this.verifyMs + 0.2 * (performance.now() - started);
    const ok = key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
    const { N, r, p } = this.params;
    return { ok, needsRehash: ok && (parsed.params.N !== N || parsed.params.r !== r || parsed.params.p !== p) };
  }

  /**
   * Spends the same time as a real verification, for unknown accounts (S3 timing). Beyond their share of the
   * queue they wait on a timer of the same length instead: same answer, same time, no CPU, no slot taken.
   */
  async verifyDummy(password: string, keys: readonly string[] = []): Promise<void> {
    this.dummyHash ??= this.hash('dummy password for unknown accounts');
    const stored = await this.dummyHash;
    if (this.pending(UNKNOWN_ACCOUNTS) >= this.unknownShare) {
      if (keys.some((key) => this.pending(key) >= this.shareOf(key))) throw serverBusy();
      await new Promise((resolve) => setTimeout(resolve, this.verifyMs));
      return;
    }
    await this.verify(password, stored, [...keys, UNKNOWN_ACCOUNTS]);
  }
}
