import { fieldErrors } from '../text';

/** A quick check before asking the server, so a typo gets an answer at once. The server has the last word. */
export function emailProblem(email: string): string | null {
  const value = email.trim();
  if (!value) return fieldErrors.emailMissing;
  if (!/^[^\s@]+@[^\s@]+$/.test(value)) return fieldErrors.emailInvalid;
  return null;
}
