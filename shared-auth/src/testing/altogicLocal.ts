/**
 * Helpers for tests against the real altogic-local servers of the suite (started in globalSetup): tabs that use
 * the real altogic client, unique accounts, and the mail outbox.
 */
import { afterEach, inject } from 'vitest';
import { createSharedAuth, type SharedAuthInstance, type SharedAuthOptions } from '../createSharedAuth';
import { defaultClientFactory, type AuthClient, type ClientFactory } from '../client/altogicClient';
import type { AuthEventMap, AuthEventType } from 'portal-contract';
import { MemoryStorage } from './twoTabs';

export const servers = () => inject('altogic');

/** A password altogic-local's policy accepts. */
export const PASSWORD = 'violet-harbor-lantern-42';
export const OTHER_PASSWORD = 'copper-meadow-falcon-77';

let counter = 0;
/** A unique address per call; `+` in the local part on purpose (docs/pitfalls.md #16). */
export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}+${process.pid}-${Date.now().toString(36)}-${counter}@example.test`;
}

export interface OutboxMessage {
  to: string;
  action: string;
  link: string | null;
}

export async function outbox(envUrl: string, to: string): Promise<OutboxMessage[]> {
  const response = await fetch(`${envUrl}/_emulator/v1/outbox?to=${encodeURIComponent(to)}`);
  if (!response.ok) throw new Error(`outbox answered ${response.status}`);
  return ((await response.json()) as { messages: OutboxMessage[] }).messages;
}

export async function lastMail(envUrl: string, to: string, action: string): Promise<OutboxMessage> {
  const mail = (await outbox(envUrl, to)).filter((m) => m.action === action).at(-1);
  if (!mail) throw new Error(`no ${action} mail for ${to}`);
  return mail;
}

/**
 * Follows a mailed link as the browser would, without following the redirect: the redirect's parameters, from its
 * query and its fragment (altogic-local puts the token in the fragment, hosted Altogic in the query).
 */
export async function followLink(link: string | null): Promise<URLSearchParams> {
  if (!link) throw new Error('the mail has no link');
  const response = await fetch(link, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (!location) throw new Error(`the link answered ${response.status} without a redirect`);
  const url = new URL(location);
  const params = new URLSearchParams(url.search);
  for (const [name, value] of new URLSearchParams(url.hash.slice(1))) params.set(name, value);
  return params;
}

export async function accessTokenOf(envUrl: string, to: string, action: string): Promise<string> {
  const query = await followLink((await lastMail(envUrl, to, action)).link);
  const token = query.get('access_token');
  if (!token) throw new Error(`the ${action} redirect carries no access_token: ${query.toString()}`);
  return token;
}

/** Calls the API as a bare HTTP client, e.g. to check a token from outside shared-auth. */
export function api(envUrl: string, path: string, session?: string): Promise<Response> {
  return fetch(`${envUrl}/_api/rest/v1${path}`, { headers: { 'x-client-key': 'test-key', ...(session ? { session } : {}) } });
}

export interface Tab {
  auth: SharedAuthInstance;
  storage: Storage;
  /** The tab's real Altogic client, to observe what it sends. */
  client: () => AuthClient;
  /** Every event this tab's subscribers received, in order. */
  events: Array<{ type: AuthEventType; payload: AuthEventMap[AuthEventType] }>;
  /** Every `client.auth` method this tab called, in order (server calls and local ones such as setSession). */
  calls: string[];
}

const tabs: Tab[] = [];
afterEach(() => tabs.splice(0).forEach((tab) => tab.auth.dispose()));

const EVENT_TYPES: AuthEventType[] = ['signed-in', 'signed-out', 'user-updated', 'session-invalid', 'locale-changed'];

/**
 * A configured shared-auth as one browser tab has it. By default alone (no cross-tab transport, its own storage);
 * pass `storage` and `crossTab` to make tabs of one origin.
 */
export function openTab(envUrl: string, options: { storage?: Storage; crossTab?: boolean } & Omit<SharedAuthOptions, 'storage'> = {}): Tab {
  const storage = options.storage ?? new MemoryStorage();
  const calls: string[] = [];
  let client: AuthClient | null = null;
  const factory: ClientFactory = (...args) => {
    const real = (options.clientFactory ?? defaultClientFactory)(...args);
    // Records each auth call; the real client still does the work.
    const auth = new Proxy(real.auth, {
      get(target, name, receiver) {
        const value: unknown = Reflect.get(target, name, receiver);
        if (typeof value !== 'function') return value;
        return (...callArgs: unknown[]) => {
          calls.push(String(name));
          return (value as (...a: unknown[]) => unknown).apply(target, callArgs);
        };
      },
    });
    client = { auth, db: real.db, storage: real.storage };
    return client;
  };
  const auth = createSharedAuth({
    freshness: { document: null, window: null },
    ...options,
    storage,
    clientFactory: factory,
    broadcast: options.broadcast ?? (options.crossTab ? {} : { channel: null, storageEvents: null }),
  });
  const tab: Tab = {
    auth,
    storage,
    client: () => {
      if (!client) throw new Error('not configured');
      return client;
    },
    events: [],
    calls,
  };
  for (const type of EVENT_TYPES) auth.bus.on(type, (payload) => tab.events.push({ type, payload }));
  auth.configure({ envUrl, clientKey: 'test-key' });
  tabs.push(tab);
  return tab;
}

/** A tab signed in to a new account on the server without email verification. */
export async function signedInTab(envUrl = servers().verificationOff, name = 'Test User', options: Parameters<typeof openTab>[1] = {}) {
  const tab = openTab(envUrl, options);
  const email = uniqueEmail();
  const result = await tab.auth.signUp(email, PASSWORD, name);
  if (!result.ok || !result.value.session) throw new Error(`sign-up failed: ${JSON.stringify(result)}`);
  tab.events.length = 0;
  tab.calls.length = 0;
  return Object.assign(tab, { email, user: result.value.user });
}

/** A second tab of the same account, signed in separately (another device). */
export async function anotherDevice(envUrl: string, email: string, password = PASSWORD): Promise<Tab> {
  const tab = openTab(envUrl);
  const result = await tab.auth.signIn(email, password);
  if (!result.ok) throw new Error(`sign-in failed: ${JSON.stringify(result)}`);
  tab.events.length = 0;
  tab.calls.length = 0;
  return tab;
}

/** A minimal valid PNG (signature and IHDR), as altogic-local checks image types by their bytes. */
export function pngFile(name = 'avatar.png', padTo = 0): File {
  const bytes = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15,
    0xc4, 0x89, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
  ]);
  const padded = padTo > bytes.length ? new Uint8Array(padTo) : bytes;
  if (padded !== bytes) padded.set(bytes);
  return new File([padded], name, { type: 'image/png' });
}

/** Resolves after cross-tab messages in flight have arrived. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
