/**
 * The official Altogic client, in a chunk of its own: `lazyClient` imports this module on the first call to
 * the server, so a page that makes none (the login form before its submit) never downloads the client.
 */
import { createClient } from 'altogic';
import type { AuthClient, ClientFactory } from './altogicClient';

// The real client's types (its `User` lacks `emailVerified`, its upload options type demands `onProgress`)
// are close to ours but not identical: the cast is the one place where that is acknowledged.
export const realClientFactory: ClientFactory = (envUrl, clientKey, options) =>
  createClient(envUrl, clientKey, options) as unknown as AuthClient;
