// Length-only password rules plus a list of common passwords (S2, NIST 800-63B).
import { dictionary } from '@zxcvbn-ts/language-common';
import { validation } from '../errors.ts';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

let commonPasswords: Set<string> | null = null;

/** The 10,000 most common passwords of at least 8 characters (zxcvbn's frequency-ordered list). */
function common(): Set<string> {
  if (!commonPasswords) {
    const list = dictionary['passwords-common'].filter((p) => [...p].length >= PASSWORD_MIN);
    commonPasswords = new Set(list.slice(0, 10_000));
  }
  return commonPasswords;
}

/** Throws a validation_error explaining why the password is refused. */
export function assertAcceptablePassword(password: string, field = 'password'): void {
  const normalized = password.normalize('NFKC');
  const length = [...normalized].length;
  if (length < PASSWORD_MIN) {
    throw validation(`Password must be at least ${PASSWORD_MIN} characters long.`, { field, reason: 'too_short' });
  }
  if (length > PASSWORD_MAX) {
    throw validation(`Password must be at most ${PASSWORD_MAX} characters long.`, { field, reason: 'too_long' });
  }
  // white space alone is as guessable as the most common passwords
  if (common().has(normalized.toLowerCase()) || normalized.trim() === '') {
    throw validation('This password is too common. Please choose a less common password.', { field, reason: 'too_common' });
  }
}
