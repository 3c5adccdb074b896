/**
 * Accounts for tests: unique addresses, and verified accounts made in one call through altogic-local's emulator
 * endpoint (`POST /_emulator/v1/accounts`: the sign-up rules apply, the confirmation mail is skipped).
 */
import { jsonBody, readJson } from './http.js';
import type { Portal } from './portal.js';

/** What a person types to sign up or sign in. */
export interface AccountDetails {
  name: string;
  email: string;
  password: string;
}

/** An account that exists, with its address already confirmed. */
export interface Account extends AccountDetails {
  userId: string;
}

const random = (): string => Math.random().toString(36).slice(2, 10);

/** A fresh address per call (`label` shows in it): nothing depends on what another test did. */
export const uniqueEmail = (label = 'user'): string => `e2e-${label}-${Date.now().toString(36)}-${random()}@example.test`;

/** Details for a new account (not created): a unique address and a password the policy accepts. */
export const newAccount = (label = 'user'): AccountDetails => ({
  name: 'Ada Lovelace',
  email: uniqueEmail(label),
  password: `a long passphrase ${random()}`,
});

/**
 * A verified account, unique to the caller, with no session open. `details`: a label for the address, or the
 * name, email or password to use.
 */
export async function createVerifiedAccount(
  portal: Portal,
  details: string | (Partial<AccountDetails> & { label?: string }) = {},
): Promise<Account> {
  const { label, ...chosen } = typeof details === 'string' ? { label: details } : details;
  const account = { ...newAccount(label), ...chosen };
  const backend = await portal.backend();
  const { user } = await readJson<{ user: { _id: string } }>(
    `${backend.url}/_emulator/v1/accounts`,
    `creating the account ${account.email}`,
    jsonBody('POST', account),
  );
  return { ...account, userId: user._id };
}

/** Erases one account and everything it owns (sessions, files, mail). */
export async function deleteAccount(portal: Portal, email: string): Promise<void> {
  const backend = await portal.backend();
  await readJson(`${backend.url}/_emulator/v1/accounts?email=${encodeURIComponent(email)}`, `deleting the account ${email}`, {
    method: 'DELETE',
  });
}

/** Erases everything on the backend: accounts, sessions, files, the outbox and rate-limit counters. */
export async function resetBackend(portal: Portal): Promise<void> {
  const backend = await portal.backend();
  await readJson(`${backend.url}/_emulator/v1/data`, 'resetting the backend', { method: 'DELETE' });
}
