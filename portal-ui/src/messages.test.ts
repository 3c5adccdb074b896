import { describe, expect, it } from 'vitest';
import type { Failure } from 'portal-contract';
import { errorCode, errorMessage } from './messages';
import type { Translate } from './i18n/createTranslator';
import en, { type UiMessages } from './i18n/en';
import de from './i18n/de';

const failure = (
  status: number,
  code?: string,
  message = '',
  extra: Partial<Failure> = {},
  details?: Record<string, unknown>,
): Failure => ({
  status,
  items: code ? [{ origin: 'client_error', code, message, ...(details ? { details } : {}) }] : [],
  ...extra,
});

/** A synchronous translator over one catalog, as createTranslator gives once the catalog has arrived. */
const over =
  (catalog: UiMessages): Translate<UiMessages> =>
  (key, params) =>
    catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params?.[name] ?? whole));
const english = over(en);
const german = over(de);

describe('errorMessage', () => {
  it('maps a known code to the catalog sentence, not the server text', () => {
    expect(errorMessage(english, failure(401, 'invalid_credentials', 'Invalid credentials.'))).toBe(en['error.invalid_credentials']);
  });

  it('speaks the active language', () => {
    expect(errorMessage(german, failure(401, 'invalid_credentials', 'Invalid credentials.'))).toBe(de['error.invalid_credentials']);
  });

  it('says when to try again from Retry-After', () => {
    expect(errorMessage(english, failure(429, 'too_many_requests', 'Too many requests.', { retryAfter: 42 }))).toBe(
      'Too many attempts. Try again in 42 s.',
    );
  });

  it('reads the wait from the error details when shared-auth passed no retryAfter', () => {
    expect(errorMessage(english, failure(429, 'too_many_requests', '', {}, { retryAfterSeconds: 7 }))).toBe(
      'Too many attempts. Try again in 7 s.',
    );
  });

  it('asks to wait without a number when a 429 carries no Retry-After', () => {
    expect(errorMessage(english, failure(429, 'too_many_requests'))).toBe(en['error.too_many_requests']);
  });

  it('treats an answer-less failure (status 0) as a network error', () => {
    expect(errorCode(failure(0))).toBe('network_error');
    expect(errorMessage(english, failure(0))).toBe(en['error.network_error']);
  });

  it('turns the password policy reasons into their sentences, with the limits filled in', () => {
    const reason = (name: string) => failure(400, 'validation_error', 'raw', {}, { reason: name });
    expect(errorMessage(english, reason('too_common'))).toBe(en['error.password_too_common']);
    expect(errorMessage(english, reason('too_short'))).toBe('Use at least 8 characters for your password.');
    expect(errorMessage(german, reason('too_long'))).toBe('Verwenden Sie höchstens 128 Zeichen für Ihr Passwort.');
    expect(errorMessage(english, reason('same_as_current'))).toBe(en['error.password_same_as_current']);
  });

  it('names the field of a validation error it knows, else says the details are not valid', () => {
    const field = (name: string) => failure(400, 'validation_error', 'Please enter a valid email address.', {}, { field: name });
    expect(errorMessage(english, field('email'))).toBe(en['error.email_invalid']);
    expect(errorMessage(english, field('options.tags'))).toBe(en['error.validation_error']);
    expect(errorMessage(english, field('__proto__'))).toBe(en['error.validation_error']);
  });

  it("never shows the server's own text for an unknown code: a generic sentence in the active language", () => {
    expect(errorMessage(english, failure(418, 'teapot', 'I am a teapot.'))).toBe(en['error.generic']);
    expect(errorMessage(german, failure(418, 'teapot', 'I am a teapot.'))).toBe(de['error.generic']);
    expect(errorMessage(english, failure(500, 'constructor', 'inherited names are not codes'))).toBe(en['error.generic']);
  });

  it('has a sentence for every code the server and shared-auth give', () => {
    const codes = [
      'invalid_credentials',
      'email_not_verified',
      'email_not_unique',
      'validation_error',
      'invalid_access_token',
      'invalid_password',
      'network_error',
      'invalid_session_token',
      'missing_session_token',
      'not_signed_in',
      'session_not_found',
      'forbidden',
      'payload_too_large',
      'storage_quota_exceeded',
      'insufficient_storage',
      'content_type_error',
      'server_busy',
      'internal_error',
      'not_configured',
      'invalid_client_key',
      'file_not_found',
    ];
    for (const code of codes) expect(errorMessage(english, failure(400, code)), code).not.toBe(en['error.generic']);
  });
});
