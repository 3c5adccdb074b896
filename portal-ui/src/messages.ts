/**
 * The one catalog of words the screens use for server answers (FIELD-NOTES 21): every error code the
 * server or shared-auth can give is mapped to a plain sentence here, and nowhere else.
 */
import { PASSWORD_RULES, type Failure } from 'shared-auth';

export const errorText = {
  invalid_credentials: 'The email or password is not right. Check them and try again.',
  email_not_verified: 'Please confirm your email address first: open the link we sent you, or ask for a new one.',
  email_not_unique: 'An account with this email address already exists. Log in instead, or reset your password if you forgot it.',
  validation_error: 'Some of the details are not valid. Check them and try again.',
  invalid_access_token: 'This link is invalid, has expired or was already used. Request a new one.',
  invalid_password: 'Your current password is not right.',
  password_too_common: 'This password is too commonly used and easy to guess. Choose another one.',
  password_too_short: `Use at least ${PASSWORD_RULES.minLength} characters for your password.`,
  password_too_long: `Use at most ${PASSWORD_RULES.maxLength} characters for your password.`,
  too_many_requests: (seconds?: number) =>
    seconds ? `Too many attempts. Try again in ${seconds} s.` : 'Too many attempts. Wait a moment and try again.',
  network_error: 'We could not reach the server. Check your connection and try again.',
  invalid_session_token: 'Your session has ended. Please log in again.',
  missing_session_token: 'Your session has ended. Please log in again.',
  session_not_found: 'That session has already ended.',
  forbidden: 'You are not allowed to do that.',
  payload_too_large: 'That file is too large.',
  content_type_error: 'That type of file is not accepted.',
  server_busy: 'The server is busy right now. Try again in a moment.',
  internal_error: 'Something went wrong on our side. Try again in a moment.',
  not_configured: 'Signing in is not available right now. Try again later.',
  generic: 'Something went wrong. Try again.',
} as const;

type CodeWithText = Exclude<keyof typeof errorText, 'too_many_requests' | 'generic'>;

const VALIDATION_REASONS: Record<string, CodeWithText> = {
  too_common: 'password_too_common',
  too_short: 'password_too_short',
  too_long: 'password_too_long',
};

/** The code that decides what to tell the user: network failures have no items, so they get one. */
export function errorCode(failure: Failure): string {
  const item = failure.items[0];
  if (!item) return failure.status === 0 ? 'network_error' : failure.status === 429 ? 'too_many_requests' : 'unknown';
  const reason = item.details?.reason;
  if (item.code === 'validation_error' && typeof reason === 'string' && reason in VALIDATION_REASONS) return VALIDATION_REASONS[reason]!;
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

/** What to show for a failed action: the catalog sentence, else the server's own sentence, else a generic one. */
export function errorMessage(failure: Failure): string {
  const code = errorCode(failure);
  if (code === 'too_many_requests') return errorText.too_many_requests(retryAfterOf(failure));
  // A validation error without a known reason says best itself which field is wrong.
  if (code !== 'validation_error' && code in errorText) return errorText[code as CodeWithText];
  const serverMessage = failure.items[0]?.message?.trim();
  if (serverMessage) return serverMessage;
  return code === 'validation_error' ? errorText.validation_error : errorText.generic;
}

/** The checklist shown under new-password fields, one line per rule of PASSWORD_RULES. */
export const passwordRuleText = {
  minLength: `At least ${PASSWORD_RULES.minLength} characters`,
  maxLength: `At most ${PASSWORD_RULES.maxLength} characters`,
  notCommon: 'Not a commonly used password (checked when you submit)',
  met: 'done',
  unmet: 'not yet',
} as const;

/** Words of the building blocks themselves. */
export const uiText = {
  /** The toggle's name is "Show password": the second word is only heard. */
  show: 'Show',
  password: 'password',
  waitSeconds: (seconds: number) => `You can try again in ${seconds} s.`,
} as const;
