/**
 * Sessions made through the API, and the browser storage that makes a page start signed in: the keys and shape
 * shared-auth reads at start (its contract's SESSION_STORAGE_KEYS and StoredSession).
 */
import { SESSION_STORAGE_KEYS, type StoredSession } from 'portal-contract';
import { jsonBody, readJson } from './http.js';
import type { Backend, Portal } from './portal.js';

/** A localStorage entry, as Playwright's `storageState` lists them. */
export interface StorageEntry {
  name: string;
  value: string;
}

export interface SignedIn {
  email: string;
  userId: string;
  /** The session token (the `Session` header of API calls). */
  token: string;
  /** What shared-auth reads from localStorage at start: with these, a page of the portal is signed in. */
  localStorage: StorageEntry[];
}

export interface SignInOptions {
  /** The browser the session is recorded for (the profile's session list, new-sign-in notices). */
  userAgent?: string;
}

/** The headers the Altogic client sends. */
function apiHeaders(backend: Backend, extra: Record<string, string> = {}): Record<string, string> {
  return { 'x-client': 'altogic-js', 'x-client-key': backend.clientKey, ...extra };
}

/** Signs in with email and password through the API, as the login screen does, without a browser. */
export async function signIn(portal: Portal, account: { email: string; password: string }, options: SignInOptions = {}): Promise<SignedIn> {
  const backend = await portal.backend();
  const { user, session } = await readJson<StoredSession>(
    `${backend.url}/_api/rest/v1/auth/signin-email`,
    `signing in as ${account.email}`,
    jsonBody(
      'POST',
      { email: account.email, password: account.password },
      apiHeaders(backend, options.userAgent ? { 'user-agent': options.userAgent } : {}),
    ),
  );
  return {
    email: user.email,
    userId: user._id,
    token: session.token,
    localStorage: [
      { name: SESSION_STORAGE_KEYS.session, value: JSON.stringify(session) },
      { name: SESSION_STORAGE_KEYS.user, value: JSON.stringify(user) },
    ],
  };
}

/** Ends a session on the server, as the app's Logout does (a browser holding it is not told). */
export async function endSession(portal: Portal, token: string): Promise<void> {
  const backend = await portal.backend();
  await readJson(`${backend.url}/_api/rest/v1/auth/signout`, 'signing out', jsonBody('POST', {}, apiHeaders(backend, { session: token })));
}
