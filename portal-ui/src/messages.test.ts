import { describe, expect, it } from 'vitest';
import type { Failure } from 'shared-auth';
import { errorCode, errorMessage, errorText } from './messages';

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

describe('errorMessage', () => {
  it('maps a known code to the catalog sentence, not the server text', () => {
    expect(errorMessage(failure(401, 'invalid_credentials', 'Invalid credentials.'))).toBe(errorText.invalid_credentials);
  });

  it('says when to try again from Retry-After', () => {
    expect(errorMessage(failure(429, 'too_many_requests', 'Too many requests.', { retryAfter: 42 }))).toBe(
      'Too many attempts. Try again in 42 s.',
    );
  });

  it('reads the wait from the error details when shared-auth passed no retryAfter', () => {
    expect(errorMessage(failure(429, 'too_many_requests', '', {}, { retryAfterSeconds: 7 }))).toBe('Too many attempts. Try again in 7 s.');
  });

  it('asks to wait without a number when a 429 carries no Retry-After', () => {
    expect(errorMessage(failure(429, 'too_many_requests'))).toBe(errorText.too_many_requests());
  });

  it('treats an answer-less failure (status 0) as a network error', () => {
    expect(errorCode(failure(0))).toBe('network_error');
    expect(errorMessage(failure(0))).toBe(errorText.network_error);
  });

  it('turns the too_common validation reason into the common-password sentence', () => {
    expect(errorMessage(failure(400, 'validation_error', 'This password is too common.', {}, { reason: 'too_common' }))).toBe(
      errorText.password_too_common,
    );
  });

  it("shows the server's sentence for an unknown code", () => {
    expect(errorMessage(failure(418, 'teapot', 'I am a teapot.'))).toBe('I am a teapot.');
  });

  it('falls back to a generic sentence for an unknown code without a message', () => {
    expect(errorMessage(failure(500, 'mystery'))).toBe(errorText.generic);
  });
});
