/**
 * portal-ui's words in English: server error codes (see ../messages.ts for which code gets which), the password
 * rules and the building blocks' own words. Every app's catalog spreads these in, so that one chunk per locale
 * holds all its words. This file defines the keys; every other locale is typed against it.
 */
const en = {
  'error.invalid_credentials': 'The email or password is not right. Check them and try again.',
  'error.email_not_verified': 'Please confirm your email address first: open the link we sent you, or ask for a new one.',
  'error.email_not_unique': 'An account with this email address already exists. Log in instead, or reset your password if you forgot it.',
  'error.validation_error': 'Some of the details are not valid. Check them and try again.',
  'error.email_invalid': 'Enter a valid email address, like name@example.com.',
  'error.name_invalid': 'Enter a name of at most 100 characters.',
  'error.file_invalid': 'This file cannot be used as a picture. Choose another one.',
  'error.invalid_access_token': 'This link is invalid, has expired or was already used. Request a new one.',
  'error.invalid_password': 'Your current password is not right.',
  'error.password_too_common': 'This password is too commonly used and easy to guess. Choose another one.',
  'error.password_too_short': 'Use at least {min} characters for your password.',
  'error.password_too_long': 'Use at most {max} characters for your password.',
  'error.password_same_as_current': 'Your new password is the same as your current one. Choose a different password.',
  'error.too_many_requests': 'Too many attempts. Wait a moment and try again.',
  'error.too_many_requests_seconds': 'Too many attempts. Try again in {seconds} s.',
  'error.network_error': 'We could not reach the server. Check your connection and try again.',
  'error.session_ended': 'Your session has ended. Please log in again.',
  'error.session_not_found': 'That session has already ended.',
  'error.forbidden': 'You are not allowed to do that.',
  'error.payload_too_large': 'That file is too large.',
  'error.storage_quota_exceeded': 'There is no room for more files. Remove some and try again.',
  'error.insufficient_storage': 'The server has run out of space. Try again later.',
  'error.content_type_error': 'That type of file is not accepted.',
  'error.server_busy': 'The server is busy right now. Try again in a moment.',
  'error.internal_error': 'Something went wrong on our side. Try again in a moment.',
  'error.not_configured': 'Logging in is not available right now. Try again later.',
  'error.generic': 'Something went wrong. Try again.',

  'rules.minLength': 'At least {min} characters',
  'rules.maxLength': 'At most {max} characters',
  'rules.notCommon': 'Not a commonly used password (checked when you submit)',
  'rules.met': 'done',
  'rules.unmet': 'not yet',

  /** The toggle's visible text around the word only screen readers hear: its name is "Show password". */
  'password.toggle': 'Show {hidden}',
  /** The same toggle while the password is shown: "Hide password". */
  'password.hide': 'Hide {hidden}',
  'password.toggleHidden': 'password',
  'wait.over': 'You can try again now.',
};

export default en;

/** The catalog's shape: every key of `en`, each a string (other locales are checked against it). */
export type UiMessages = { [K in keyof typeof en]: string };
