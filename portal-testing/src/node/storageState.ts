/**
 * Playwright's `storageState` for a signed-in user, for a global setup that signs in once and lets every test
 * reuse the session (`use: { storageState: path }`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createVerifiedAccount } from './accounts.js';
import type { Portal } from './portal.js';
import { signIn, type SignedIn, type SignInOptions, type StorageEntry } from './session.js';

/** The shape of Playwright's `storageState` (cookies are not used by the portal). */
export interface StorageState {
  cookies: [];
  origins: Array<{ origin: string; localStorage: StorageEntry[] }>;
}

/** The storage state that opens `origins` (by default the portal's) signed in with this session. */
export function storageStateFor(signedIn: SignedIn, origins: string[]): StorageState {
  return { cookies: [], origins: origins.map((origin) => ({ origin: new URL(origin).origin, localStorage: signedIn.localStorage })) };
}

export interface SaveStorageStateOptions extends SignInOptions {
  /** Where to write the JSON file Playwright reads. */
  path: string;
  /** Who signs in; by default a new verified account. */
  account?: { email: string; password: string };
  /** The origins whose pages start signed in; by default the portal's. Add a host page's origin to embed. */
  origins?: string[];
}

/** Signs in once and writes the storage state file; returns the session (whose `email` says who signed in). */
export async function saveStorageState(portal: Portal, options: SaveStorageStateOptions): Promise<SignedIn> {
  const account = options.account ?? (await createVerifiedAccount(portal, 'storage-state'));
  const signedIn = await signIn(portal, account, options.userAgent ? { userAgent: options.userAgent } : {});
  await mkdir(dirname(options.path), { recursive: true });
  await writeFile(options.path, JSON.stringify(storageStateFor(signedIn, options.origins ?? [portal.url]), null, 2));
  return signedIn;
}
