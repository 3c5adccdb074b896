// The plain functions against a real altogic-local: what Vitest or Node users of the kit get.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEYS } from 'portal-contract';
import { startTestBackend, type TestBackend } from '../testing/backend.ts';
import {
  connectPortal,
  createVerifiedAccount,
  deleteAccount,
  endSession,
  followMailLink,
  mailLink,
  readOutbox,
  resetBackend,
  saveStorageState,
  signIn,
  waitForMails,
  type Portal,
} from './index.ts';

describe('portal-testing/node', () => {
  let t: TestBackend;
  let portal: Portal;
  beforeAll(async () => {
    t = await startTestBackend();
    portal = connectPortal(t.portalUrl);
  });
  afterAll(() => t.close());

  const userOf = (token: string) =>
    fetch(`${t.backend.url}/_api/rest/v1/auth/user`, { headers: { 'x-client-key': 'kit-test-key', session: token } });
  const sendMagicLink = (email: string) =>
    fetch(`${t.backend.url}/_api/rest/v1/auth/send-magic?email=${email}`, { method: 'POST', headers: { 'x-client-key': 'kit-test-key' } });

  it("reads the backend and client key from the portal's portal.config.json, or takes them as given", async () => {
    expect(await portal.backend()).toEqual({ url: t.backend.url, clientKey: 'kit-test-key' });
    const given = connectPortal({ url: 'http://nowhere.invalid/', backendUrl: `${t.backend.url}/`, clientKey: 'k' });
    expect(given.url).toBe('http://nowhere.invalid');
    expect(await given.backend()).toEqual({ url: t.backend.url, clientKey: 'k' });
  });

  it('creates a verified account in one call, unique per call, that signs in with the localStorage shared-auth reads', async () => {
    const account = await createVerifiedAccount(portal, 'kit');
    const other = await createVerifiedAccount(portal, 'kit');
    expect(account.email).toMatch(/^e2e-kit-.*@example\.test$/);
    expect(other.email).not.toBe(account.email);
    expect(await readOutbox(portal, account.email)).toEqual([]);

    const signedIn = await signIn(portal, account, { userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0' });
    expect(signedIn).toMatchObject({ email: account.email, userId: account.userId });
    expect((await userOf(signedIn.token)).status).toBe(200);
    const stored = Object.fromEntries(signedIn.localStorage.map(({ name, value }) => [name, JSON.parse(value) as Record<string, unknown>]));
    expect(Object.keys(stored).sort()).toEqual([SESSION_STORAGE_KEYS.session, SESSION_STORAGE_KEYS.user].sort());
    expect(stored[SESSION_STORAGE_KEYS.session]).toMatchObject({ token: signedIn.token, userAgent: { family: 'Firefox' } });
    expect(stored[SESSION_STORAGE_KEYS.user]).toMatchObject({ _id: account.userId, email: account.email, emailVerified: true });

    await endSession(portal, signedIn.token);
    expect((await userOf(signedIn.token)).status).toBe(401);
  });

  it('waits for a mail and returns its link; the link redirects with its token', async () => {
    const account = await createVerifiedAccount(portal, { label: 'magic', name: 'Grace Hopper' });
    expect(account.name).toBe('Grace Hopper');
    const waiting = mailLink(portal, account.email, 'magic-link');
    expect((await sendMagicLink(account.email)).status).toBe(200);
    const link = await waiting;
    const redirect = await followMailLink(link);
    // the token may ride in the query or in the fragment (which never reaches a server)
    const params = new URLSearchParams([...redirect.searchParams, ...new URLSearchParams(redirect.hash.slice(1))]);
    expect(params.get('action')).toBe('magic-link');
    expect(params.get('access_token')).toBeTruthy();
  });

  it('fails after the timeout, naming the mail it waited for and the mail that came', async () => {
    const account = await createVerifiedAccount(portal, 'late');
    await sendMagicLink(account.email);
    await expect(waitForMails(portal, account.email, 'reset-pwd', 1, { timeout: 300 })).rejects.toThrow(
      `no 1 "reset-pwd" mail(s) to ${account.email} within 300 ms (mail that arrived: magic-link)`,
    );
  });

  it('erases one account, or everything', async () => {
    const gone = await createVerifiedAccount(portal, 'gone');
    const stays = await createVerifiedAccount(portal, 'stays');
    await deleteAccount(portal, gone.email);
    await expect(signIn(portal, gone)).rejects.toThrow(/HTTP 401/);
    expect((await signIn(portal, stays)).email).toBe(stays.email);

    await resetBackend(portal);
    await expect(signIn(portal, stays)).rejects.toThrow(/HTTP 401/);
    expect(await readOutbox(portal)).toEqual([]);
  });

  it('saves a storage state for global setup: signed in at each origin given', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'kit-')), 'auth', 'state.json');
    const account = await createVerifiedAccount(portal, 'global');
    const signedIn = await saveStorageState(portal, { path, account, origins: ['http://localhost:9000/', 'http://localhost:9105'] });
    const state = JSON.parse(await readFile(path, 'utf8')) as {
      cookies: unknown[];
      origins: Array<{ origin: string; localStorage: unknown[] }>;
    };
    expect(state.cookies).toEqual([]);
    expect(state.origins.map((o) => o.origin)).toEqual(['http://localhost:9000', 'http://localhost:9105']);
    for (const origin of state.origins) expect(origin.localStorage).toEqual(signedIn.localStorage);
    expect((await userOf(signedIn.token)).status).toBe(200);

    const fresh = await saveStorageState(portal, { path });
    expect(fresh.email).toMatch(/^e2e-storage-state-/);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ origins: [{ origin: t.portalUrl }] });
  });
});
