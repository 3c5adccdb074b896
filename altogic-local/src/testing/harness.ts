// Test harness: a real server on a free port, the real altogic 2.3.9 client, an adjustable clock and the outbox.
import Module, { createRequire } from 'node:module';
import { startServer, type RunningServer } from '../server.ts';
import type { ServerConfig } from '../config.ts';

const require = createRequire(import.meta.url);

// The unmodified client runs on cross-fetch, which in Node is node-fetch 2: it cannot serialise a spec FormData
// (it would send the text "[object FormData]"). Browsers use their own fetch. So FormData bodies — and only
// those — go through Node's built-in fetch, exactly as a browser's would; everything else keeps node-fetch.
const crossFetchPath = require.resolve('cross-fetch', { paths: [require.resolve('altogic')] });
const nodeFetch = require(crossFetchPath) as (
  url: string,
  init?: { body?: unknown; redirect?: string; headers?: Record<string, string> },
) => Promise<Response>;
const dispatchingFetch = (url: string, init?: { body?: unknown }) =>
  init?.body instanceof FormData ? globalThis.fetch(url, init as RequestInit) : nodeFetch(url, init);
const shim = new Module(crossFetchPath);
shim.exports = dispatchingFetch;
shim.loaded = true;
require.cache[crossFetchPath] = shim;

type AltogicModule = typeof import('altogic');
const altogic = require('altogic') as AltogicModule;

export type AltogicClient = ReturnType<AltogicModule['createClient']>;

export class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

export class TestClock {
  private offset = 0;
  readonly now = (): number => Date.now() + this.offset;
  advance(ms: number): void {
    this.offset += ms;
  }
}

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  action: string;
  link: string | null;
  text: string;
  html: string;
  createdAt: string;
}

/** Fast scrypt for suites that sign in many times; one test checks the production parameters separately. */
export const TEST_PASSWORD_HASHING = { N: 1024, r: 8, p: 1 };

/** Makes the client send `userAgent` on every request: its one Fetcher keeps default headers in a plain field. */
function withUserAgent(client: AltogicClient, userAgent: string): void {
  const fetcher = (client.endpoint as unknown as { fetcher?: { headers?: Record<string, string> } }).fetcher;
  if (!fetcher?.headers) throw new Error('altogic client internals changed: cannot set a User-Agent');
  fetcher.headers['User-Agent'] = userAgent;
}

export interface TestServer {
  server: RunningServer;
  url: string;
  clock: TestClock;
  /** `userAgent` plays another browser: the client sends it as `User-Agent` on every request. */
  client(options?: { storage?: MemoryStorage; userAgent?: string }): AltogicClient;
  outbox(to?: string): Promise<OutboxMessage[]>;
  lastMail(to: string, action?: string): Promise<OutboxMessage>;
  clearOutbox(): Promise<void>;
  api(path: string, init?: RequestInit & { session?: string }): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const clock = new TestClock();
  const server = await startServer({
    port: 0,
    dataDir: ':memory:',
    rateLimits: false,
    log: false,
    now: clock.now,
    passwordHashing: TEST_PASSWORD_HASHING,
    ...overrides,
  });
  const outbox = async (to?: string): Promise<OutboxMessage[]> => {
    const query = to === undefined ? '' : `?to=${encodeURIComponent(to)}`;
    const response = await fetch(`${server.url}/_emulator/v1/outbox${query}`);
    if (!response.ok) throw new Error(`outbox answered ${response.status}`);
    return ((await response.json()) as { messages: OutboxMessage[] }).messages;
  };
  return {
    server,
    url: server.url,
    clock,
    client: (options = {}) => {
      const client = altogic.createClient(server.url, 'test-client-key', { localStorage: options.storage ?? new MemoryStorage() });
      if (options.userAgent) withUserAgent(client, options.userAgent);
      return client;
    },
    outbox,
    lastMail: async (to, action) => {
      const messages = (await outbox(to)).filter((m) => action === undefined || m.action === action);
      const last = messages.at(-1);
      if (!last) throw new Error(`no mail${action ? ` (${action})` : ''} for ${to}`);
      return last;
    },
    clearOutbox: async () => {
      await fetch(`${server.url}/_emulator/v1/outbox`, { method: 'DELETE' });
    },
    api: (path, init = {}) => {
      const headers = new Headers(init.headers);
      if (!headers.has('x-client-key')) headers.set('x-client-key', 'test-client-key');
      if (init.session) headers.set('session', init.session);
      return fetch(`${server.url}${path}`, { ...init, headers, redirect: 'manual' });
    },
    close: () => server.close(),
  };
}

/** A password the policy accepts. */
export const PASSWORD = 'violet-harbor-lantern-42';

let counter = 0;
/** A unique address per call, so tests never share accounts. */
export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}-${process.pid}-${Date.now().toString(36)}-${counter}@example.test`;
}

/** The token in a mailed link. */
export function tokenOf(link: string | null): string {
  const token = link ? new URL(link).searchParams.get('token') : null;
  if (!token) throw new Error(`no token in link ${link}`);
  return token;
}

/** The access_token an email link's redirect carries (in the fragment, so it never reaches a server or a log). */
export function accessTokenOf(location: URL): string | null {
  return new URLSearchParams(location.hash.slice(1)).get('access_token') ?? location.searchParams.get('access_token');
}

/**
 * Follows a mailed link without following the redirect; returns the Location's query parameters. It goes through
 * the clients' fetch, so by default it comes from the same browser (User-Agent) as `t.client()`.
 */
export async function followLink(
  link: string | null,
  init: { headers?: Record<string, string> } = {},
): Promise<{ status: number; location: URL }> {
  if (!link) throw new Error('mail has no link');
  const response = await nodeFetch(link, { ...init, redirect: 'manual' });
  const location = response.headers.get('location');
  if (!location) throw new Error(`link answered ${response.status} without Location`);
  return { status: response.status, location: new URL(location) };
}

/** Signs up with verification on, follows the confirmation link and returns a signed-in client. */
export async function verifiedUser(
  t: TestServer,
  email = uniqueEmail(),
  name = 'Test User',
): Promise<{ client: AltogicClient; email: string; userId: string; token: string }> {
  const client = t.client();
  const signUp = await client.auth.signUpWithEmail(email, PASSWORD, name);
  if (signUp.errors) throw new Error(JSON.stringify(signUp.errors));
  if (signUp.session) {
    return { client, email, userId: signUp.user!._id as string, token: signUp.session.token };
  }
  const mail = await t.lastMail(email, 'email-confirm');
  await followLink(mail.link);
  const signIn = await client.auth.signInWithEmail(email, PASSWORD);
  if (signIn.errors) throw new Error(JSON.stringify(signIn.errors));
  return { client, email, userId: signIn.user!._id as string, token: signIn.session!.token };
}

/** A minimal valid PNG of the given size (IHDR only; enough for type and dimension checks). */
export function pngBytes(width = 1, height = 1, padTo = 0): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'ascii');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.writeUInt8(8, 16);
  ihdr.writeUInt8(6, 17);
  const image = Buffer.concat([signature, ihdr, Buffer.from('0000000049454e44ae426082', 'hex')]);
  return padTo > image.length ? Buffer.concat([image, Buffer.alloc(padTo - image.length)]) : image;
}
