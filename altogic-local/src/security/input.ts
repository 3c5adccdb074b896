// Validation and normalisation of user-supplied identities and profile fields.
import { validation } from '../errors.ts';

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const EMAIL_FORBIDDEN = /[\s<>()[\]\\,;:"]/u;

/**
 * NFKC-normalised, trimmed, lower-cased email (SEC-G8): fullwidth and case variants of an address are one
 * account. The local part is lower-cased too (as ever here; hosted providers treat it as case-insensitive).
 * Throws validation_error when it is not a plausible address; the checks run on the normalised form.
 */
export function normalizeEmail(raw: string, field = 'email'): string {
  const email = raw.normalize('NFKC').trim().toLowerCase();
  const invalid = () => validation('Please enter a valid email address.', { field });
  if (email.length === 0 || email.length > 254 || CONTROL_OR_BIDI.test(email) || EMAIL_FORBIDDEN.test(email)) throw invalid();
  const at = email.lastIndexOf('@');
  if (at <= 0 || email.indexOf('@') !== at) throw invalid();
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > 64 || domain.length === 0) throw invalid();
  const labels = domain.split('.');
  if (domain !== 'localhost' && labels.length < 2) throw invalid();
  if (labels.some((label) => label.length === 0 || label.length > 63 || label.startsWith('-') || label.endsWith('-'))) throw invalid();
  return email;
}

/** Emails from the client's hand-built queries: a space can only be a `+` that was form-decoded (S19). */
export function emailFromRawQuery(raw: string): string {
  return normalizeEmail(raw.replace(/ /g, '+'));
}

/** Display names: 1–100 characters after trimming, no control or bidi-override characters (SEC-E3). */
export function normalizeName(raw: string): string {
  const name = raw.trim();
  const length = [...name].length;
  if (length === 0) throw validation('Please enter a name.', { field: 'name' });
  if (length > 100) throw validation('Names can be at most 100 characters long.', { field: 'name' });
  if (CONTROL_OR_BIDI.test(name)) throw validation('The name contains characters that are not allowed.', { field: 'name' });
  return name;
}
