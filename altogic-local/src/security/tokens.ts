import crypto, { randomBytes } from 'node:crypto';

/** 256-bit random bearer token, base64url without padding: safe in an unencoded query string (docs/wire-contract.md §1.5). */
export function newBearerToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only SHA-256 digests of bearer tokens are stored. */
export function hashToken(token: string): string {
  return sha256Hex(token);
}

// Node's one-shot hash (20.12 and later) costs less than a Hash object per call (every authenticated call hashes)
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** 24-hex ids like Altogic's object ids: safe in file names and URLs. */
export function newObjectId(): string {
  return randomBytes(12).toString('hex');
}

/** Revocation handle shown in the sessions list instead of another session's bearer token (S6b). */
export function newRevocationHandle(): string {
  return `rh_${randomBytes(16).toString('base64url')}`;
}
