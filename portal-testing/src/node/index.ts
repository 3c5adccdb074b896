/**
 * portal-testing/node: the kit's plain functions, for any runner (Vitest, Node scripts, Playwright's global setup).
 * No Playwright import.
 */
export { connectPortal, portalFromEnv, type Backend, type Portal, type PortalOptions } from './portal.js';
export { PortalTestingError } from './http.js';
export {
  createVerifiedAccount,
  deleteAccount,
  newAccount,
  resetBackend,
  uniqueEmail,
  type Account,
  type AccountDetails,
} from './accounts.js';
export { endSession, signIn, type SignedIn, type SignInOptions, type StorageEntry } from './session.js';
export {
  clearOutbox,
  followMailLink,
  mailLink,
  pollOutbox,
  readOutbox,
  waitForMail,
  waitForMails,
  type MailAction,
  type OutboxMessage,
  type WaitOptions,
} from './outbox.js';
export { saveStorageState, storageStateFor, type SaveStorageStateOptions, type StorageState } from './storageState.js';
