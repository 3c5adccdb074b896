/**
 * The one catalog of server answers (docs/pitfalls.md #21): every error code the server or shared-auth can give is
 * mapped to a message key here, and nowhere else; the words are in ./i18n/<locale>.ts. An unknown code gets the
 * generic message in the user's language, never the server's own (English) text.
 */
import { PASSWORD_RULES, type Failure } from 'portal-contract';
import type { Phrase, Translate } from './i18n/createTranslator';
import type { UiMessages } from './i18n/en';

export type UiKey = keyof UiMessages;

/** Codes whose message needs nothing but the code. */
const CODE_KEYS: Readonly<Record<string, UiKey>> = {
  invalid_credentials: 'error.invalid_credentials',
  email_not_verified: 'error.email_not_verified',
  email_not_unique: 'error.email_not_unique',
  validation_error: 'error.validation_error',
  invalid_access_token: 'error.invalid_access_token',
  invalid_password: 'error.invalid_password',
  network_error: 'error.network_error',
  invalid_session_token: 'error.session_ended',
  missing_session_token: 'error.session_ended',
  not_signed_in: 'error.session_ended',
  session_not_found: 'error.session_not_found',
  forbidden: 'error.forbidden',
  payload_too_large: 'error.payload_too_large',
  storage_quota_exceeded: 'error.storage_quota_exceeded',
  insufficient_storage: 'error.insufficient_storage',
  content_type_error: 'error.content_type_error',
  file_not_found: 'error.file_invalid',
  server_busy: 'error.server_busy',
  internal_error: 'error.internal_error',
  not_configured: 'error.not_configured',
  invalid_client_key: 'error.not_configured',
  password_too_common: 'error.password_too_common',
  password_same_as_current: 'error.password_same_as_current',
};

/** validation_error by the `reason` altogic-local gives (password policy)… */
const VALIDATION_REASONS: Readonly<Record<string, string>> = {
  too_common: 'password_too_common',
  too_short: 'password_too_short',
  too_long: 'password_too_long',
  same_as_current: 'password_same_as_current',
};

/** …or else by the field it names. */
const VALIDATION_FIELDS: Readonly<Record<string, UiKey>> = {
  email: 'error.email_invalid',
  newEmail: 'error.email_invalid',
  name: 'error.name_invalid',
  file: 'error.file_invalid',
  profilePicture: 'error.file_invalid',
};

/** A key of one of the tables above; never an inherited property ("constructor", "__proto__"). */
const own = (table: Readonly<Record<string, UiKey>>, name: unknown): UiKey | undefined =>
  typeof name === 'string' && Object.hasOwn(table, name) ? table[name] : undefined;

/** The code that decides what to tell the user: network failures have no items, so they get one. */
export function errorCode(failure: Failure): string {
  const item = failure.items[0];
  if (!item) return failure.status === 0 ? 'network_error' : failure.status === 429 ? 'too_many_requests' : 'unknown';
  const reason = item.details?.reason;
  if (item.code === 'validation_error' && typeof reason === 'string' && Object.hasOwn(VALIDATION_REASONS, reason)) {
    return VALIDATION_REASONS[reason]!;
  }
  return item.code;
}

/**
 * Seconds to wait after a 429: shared-auth's `retryAfter`, else what the server put in the error details
 * (altogic-local says `retryAfterSeconds`).
 */
export function retryAfterOf(failure: Failure): number | undefined {
  if (failure.retryAfter !== undefined) return failure.retryAfter;
  const details = failure.items[0]?.details;
  const seconds = details?.retryAfterSeconds ?? details?.retryAfter;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

/** What to tell the user about a failed action, as a message key with its values. */
export function failurePhrase(failure: Failure): Phrase<UiKey> {
  const code = errorCode(failure);
  switch (code) {
    case 'too_many_requests': {
      const seconds = retryAfterOf(failure);
      return seconds ? { key: 'error.too_many_requests_seconds', params: { seconds } } : { key: 'error.too_many_requests' };
    }
    case 'password_too_short':
      return { key: 'error.password_too_short', params: { min: PASSWORD_RULES.minLength } };
    case 'password_too_long':
      return { key: 'error.password_too_long', params: { max: PASSWORD_RULES.maxLength } };
    case 'validation_error': {
      return { key: own(VALIDATION_FIELDS, failure.items[0]?.details?.field) ?? 'error.validation_error' };
    }
    default:
      return { key: own(CODE_KEYS, code) ?? 'error.generic' };
  }
}

/** The failure in the active language (`t` from useTranslator or createTranslator). */
export const errorMessage = (t: Translate<UiMessages>, failure: Failure): string => {
  const phrase = failurePhrase(failure);
  return t(phrase.key, phrase.params);
};
