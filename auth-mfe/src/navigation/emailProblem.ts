import type { AuthPhrase } from '../i18n/catalogs';

/** A quick check before asking the server, so a typo gets an answer at once. The server has the last word. */
export function emailProblem(email: string): AuthPhrase | null {
  const value = email.trim();
  if (!value) return { key: 'fieldError.emailMissing' };
  if (!/^[^\s@]+@[^\s@]+$/.test(value)) return { key: 'fieldError.emailInvalid' };
  return null;
}
