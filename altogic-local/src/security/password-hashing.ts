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

export class PasswordHasher {
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly params: PasswordHashingParams,
    private readonly maxInFlight = 4,
    private readonly maxQueue = 16,
  ) {}

  private async withSlot<T>(work: () => Promise<T>): Promise<T> {
    if (this.inFlight >= this.maxInFlight) {
      if (this.waiting.length >= this.maxQueue) {
        throw new ApiError(503, ErrorCode.serverBusy, 'The server is busy. Please try again in a moment.', {
          headers: { 'retry-after': '1' },
        });
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.inFlight += 1;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.inFlight -= 1;
    }
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_LENGTH);
    const key = await this.withSlot(() => derive(password, salt, this.params));
    const { N, r, p } = this.params;
    return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
  }

  /** Constant-time verification; `needsRehash` when the stored parameters differ from the configured ones. */
  async verify(password: string, stored: string): Promise<{ ok: boolean; needsRehash: boolean }> {
    const parsed = parseStoredHash(stored);
    if (!parsed) return { ok: false, needsRehash: false };
    const key = await this.withSlot(() => derive(password, parsed.salt, parsed.params));
    const ok = key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
    const { N, r, p } = this.params;
    return { ok, needsRehash: ok && (parsed.params.N !== N || parsed.params.r !== r || parsed.params.p !== p) };
  }

  /** Spends the same work as a real verification, for unknown accounts (S3 timing). */
  async verifyDummy(password: string): Promise<void> {
    this.dummyHash ??= this.hash('dummy password for unknown accounts');
    await this.verify(password, await this.dummyHash);
  }
}
