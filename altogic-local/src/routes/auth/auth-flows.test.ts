// Every auth flow through the real altogic 2.3.9 client, with email verification on (the default) and off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessTokenOf,
  followLink,
  MemoryStorage,
  PASSWORD,
  startTestServer,
  tokenOf,
  uniqueEmail,
  verifiedUser,
  type TestServer,
} from '../../testing/harness.ts';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('email verification on', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ emailVerification: true });
  });
  afterAll(() => t.close());

  it('sign-up returns the user with session null, stores nothing and mails a confirmation link', async () => {
    const storage = new MemoryStorage();
    const client = t.client({ storage });
    const email = uniqueEmail();
    const { user, session, errors } = await client.auth.signUpWithEmail(email, PASSWORD, 'Ada Lovelace');
    expect(errors).toBeNull();
    expect(session).toBeNull();
    expect(user).toMatchObject({ email, name: 'Ada Lovelace', emailVerified: false, provider: 'altogic' });
    expect(user!.providerUserId).toBe(user!._id);
    expect(user!.signUpAt).toMatch(ISO);
    expect(user!.lastLoginAt).toMatch(ISO);
    expect(JSON.stringify(user)).not.toMatch(/"password|hash|salt|scrypt/i);
    expect(storage.getItem('session')).toBeNull();
    const mail = await t.lastMail(email, 'email-confirm');
    expect(mail.link).toMatch(new RegExp(`^${t.url}/`));
    expect(tokenOf(mail.link)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('sign-in before confirming answers email_not_verified, and only with the right password', async () => {
    const client = t.client();
    const email = uniqueEmail();
    await client.auth.signUpWithEmail(email, PASSWORD, 'Pending');
    const right = await client.auth.signInWithEmail(email, PASSWORD);
    expect(right.errors?.status).toBe(403);
    expect(right.errors?.items[0]).toMatchObject({ code: 'email_not_verified', origin: 'client_error' });
    const wrong = await client.auth.signInWithEmail(email, 'not-the-password-1');
    expect(wrong.errors?.items[0]?.code).toBe('invalid_credentials');
  });

  it('the confirmation link redirects with access_token; grant gives a session the client stores and uses', async () => {
    const storage = new MemoryStorage();
    const client = t.client({ storage });
    const email = uniqueEmail();
    await client.auth.signUpWithEmail(email, PASSWORD, 'Grace');
    const mail = await t.lastMail(email, 'email-confirm');
    const { status, location } = await followLink(mail.link);
    expect([302, 303]).toContain(status);
    expect(`${location.origin}${location.pathname}`).toBe('http://localhost:9000/auth-redirect');
    expect(location.searchParams.get('action')).toBe('email-confirm');
    expect(location.searchParams.get('status')).toBe('200');
    expect(location.searchParams.get('error')).toBeNull();
    const accessToken = accessTokenOf(location)!;
    expect(accessToken).toMatch(/^[A-Za-z0-9_-]+$/);

    const grant = await client.auth.getAuthGrant(accessToken);
    expect(grant.errors).toBeNull();
    expect(grant.user).toMatchObject({ email, emailVerified: true, name: 'Grace' });
    expect(grant.session).toMatchObject({ userId: grant.user!._id, accessGroupKeys: [] });
    expect(grant.session!.creationDtm).toMatch(ISO);
    expect(JSON.parse(storage.getItem('session')!).token).toBe(grant.session!.token);

    const fromDb = await client.auth.getUserFromDB();
    expect(fromDb.errors).toBeNull();
    expect(fromDb.user).toMatchObject({ _id: grant.user!._id, email, emailVerified: true });
  });

  it('sign-in answers user and session; a new session each time; lastLoginAt moves', async () => {
    const { email } = await verifiedUser(t);
    const a = t.client();
    const first = await a.auth.signInWithEmail(email, PASSWORD);
    t.clock.advance(1000);
    const second = await t.client().auth.signInWithEmail(email, PASSWORD);
    expect(first.errors).toBeNull();
    expect(second.session!.token).not.toBe(first.session!.token);
    expect(second.session!.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(second.user!.lastLoginAt as string)).toBeGreaterThan(Date.parse(first.user!.lastLoginAt as string));
  });

  it('wrong password and unknown email answer identically', async () => {
    const { email } = await verifiedUser(t);
    const client = t.client();
    const wrong = await client.auth.signInWithEmail(email, 'not-the-password-1');
    const unknown = await client.auth.signInWithEmail(uniqueEmail('nobody'), 'not-the-password-1');
    expect(wrong.errors).toEqual(unknown.errors);
    expect(wrong.errors).toMatchObject({ status: 401, items: [{ code: 'invalid_credentials' }] });
  });

  it('a stale Session header does not break sign-in or sign-up', async () => {
    const storage = new MemoryStorage();
    storage.setItem('session', JSON.stringify({ token: 'stale-token-that-does-not-exist' }));
    const client = t.client({ storage });
    const { email } = await verifiedUser(t);
    const signIn = await client.auth.signInWithEmail(email, PASSWORD);
    expect(signIn.errors).toBeNull();
  });

  it('lists sessions with the own token, revocation handles for the others, and parsed user agents', async () => {
    const { client, email, token } = await verifiedUser(t);
    const chrome =
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.51 Safari/537.36';
    const other = await t.api('/_api/rest/v1/auth/signin-email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': chrome },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    const otherToken = ((await other.json()) as { session: { token: string } }).session.token;

    const { sessions, errors } = await client.auth.getAllSessions();
    expect(errors).toBeNull();
    expect(sessions).toHaveLength(2);
    const own = sessions!.find((s) => s.token === token)!;
    expect(own).toBeDefined();
    const theirs = sessions!.find((s) => s.token !== token)!;
    expect(theirs.token).not.toBe(otherToken);
    expect(theirs.userAgent).toEqual({
      family: 'Chrome',
      major: '99',
      minor: '0',
      patch: '4844',
      device: { family: 'Other', major: '0', minor: '0', patch: '0' },
      os: { family: 'Mac OS X', major: '10', minor: '15', patch: '7' },
    });
    for (const s of sessions!) {
      expect(s.creationDtm).toMatch(ISO);
      expect(typeof s.userAgent.device.family).toBe('string');
    }
    // a handle read from the list never authenticates
    const asSession = await t.api('/_api/rest/v1/auth/user', { session: theirs.token });
    expect(asSession.status).toBe(401);
    // but it revokes that session, and the caller's own session stays
    const revoke = await client.auth.signOut(theirs.token);
    expect(revoke.errors).toBeNull();
    expect((await t.api('/_api/rest/v1/auth/user', { session: otherToken })).status).toBe(401);
    expect((await client.auth.getUserFromDB()).errors).toBeNull();
  });

  it('signOut(token) of an unknown or foreign session answers session_not_found and keeps the caller signed in', async () => {
    const alice = await verifiedUser(t);
    const bob = await verifiedUser(t);
    const foreign = await alice.client.auth.signOut(bob.token);
    expect(foreign.errors).toMatchObject({ status: 404, items: [{ code: 'session_not_found' }] });
    expect(alice.client.auth.getSession()).not.toBeNull();
    expect((await bob.client.auth.getUserFromDB()).errors).toBeNull();
    expect((await alice.client.auth.getUserFromDB()).errors).toBeNull();
  });

  it('signOut() ends the own session; the next call answers invalid_session_token', async () => {
    const { client, token } = await verifiedUser(t);
    const { errors } = await client.auth.signOut();
    expect(errors).toBeNull();
    expect(client.auth.getSession()).toBeNull();
    const after = await t.api('/_api/rest/v1/auth/user', { session: token });
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ errors: [{ code: 'invalid_session_token', origin: 'client_error' }] });
    const missing = await t.api('/_api/rest/v1/auth/user');
    expect(await missing.json()).toMatchObject({ errors: [{ code: 'missing_session_token' }] });
  });

  it('signOutAllExceptCurrent keeps the caller; signOutAll ends everything', async () => {
    const { client, email } = await verifiedUser(t);
    const second = t.client();
    const third = t.client();
    await second.auth.signInWithEmail(email, PASSWORD);
    await third.auth.signInWithEmail(email, PASSWORD);
    expect((await client.auth.signOutAllExceptCurrent()).errors).toBeNull();
    const secondAfter = await second.auth.getUserFromDB();
    expect(secondAfter.errors?.items[0]?.code).toBe('invalid_session_token');
    expect(second.auth.getSession()).toBeNull(); // the client invalidated itself
    expect((await client.auth.getAllSessions()).sessions).toHaveLength(1);

    await third.auth.signInWithEmail(email, PASSWORD);
    expect((await client.auth.signOutAll()).errors).toBeNull();
    expect(client.auth.getSession()).toBeNull();
    expect((await third.auth.getUserFromDB()).errors?.status).toBe(401);
  });

  it('change-pwd needs the old password, keeps the calling session and ends the others', async () => {
    const { client, email } = await verifiedUser(t);
    const other = t.client();
    await other.auth.signInWithEmail(email, PASSWORD);
    const wrong = await client.auth.changePassword('brand-new-passphrase-7', 'not-the-password-1');
    expect(wrong.errors).toMatchObject({ status: 401, items: [{ code: 'invalid_password' }] });
    expect(client.auth.getSession()).not.toBeNull();
    expect((await other.auth.getUserFromDB()).errors).toBeNull();

    const weak = await client.auth.changePassword('short', PASSWORD);
    expect(weak.errors?.items[0]?.code).toBe('validation_error');

    const ok = await client.auth.changePassword('brand-new-passphrase-7', PASSWORD);
    expect(ok.errors).toBeNull();
    expect((await client.auth.getUserFromDB()).errors).toBeNull();
    expect((await other.auth.getUserFromDB()).errors?.items[0]?.code).toBe('invalid_session_token');
    expect((await t.client().auth.signInWithEmail(email, PASSWORD)).errors?.status).toBe(401);
    expect((await t.client().auth.signInWithEmail(email, 'brand-new-passphrase-7')).errors).toBeNull();
  });

  it('resend mails a new confirmation link to an unverified address', async () => {
    const client = t.client();
    const email = uniqueEmail();
    await client.auth.signUpWithEmail(email, PASSWORD);
    await t.clearOutbox();
    expect((await client.auth.resendVerificationEmail(email)).errors).toBeNull();
    const mail = await t.lastMail(email, 'email-confirm');
    const { location } = await followLink(mail.link);
    expect((await client.auth.getAuthGrant(accessTokenOf(location)!)).errors).toBeNull();
  });

  it('magic link: mail, redirect with action=magic-link, grant', async () => {
    const { email } = await verifiedUser(t);
    const client = t.client();
    expect((await client.auth.sendMagicLinkEmail(email)).errors).toBeNull();
    const mail = await t.lastMail(email, 'magic-link');
    const { location } = await followLink(mail.link);
    expect(location.searchParams.get('action')).toBe('magic-link');
    expect(location.searchParams.get('status')).toBe('200');
    const grant = await client.auth.getAuthGrant(accessTokenOf(location)!);
    expect(grant.errors).toBeNull();
    expect(grant.user?.email).toBe(email);
  });

  it('mail-sending endpoints answer the same for unknown addresses and send nothing', async () => {
    const client = t.client();
    const nobody = uniqueEmail('nobody');
    const known = (await verifiedUser(t)).email;
    for (const send of [
      (e: string) => client.auth.sendMagicLinkEmail(e),
      (e: string) => client.auth.sendResetPwdEmail(e),
      (e: string) => client.auth.resendVerificationEmail(e),
    ]) {
      expect(await send(nobody)).toEqual(await send(known));
    }
    expect(await t.outbox(nobody)).toEqual([]);
  });

  it('an address with + arrives intact through the client unencoded query (S19)', async () => {
    const email = uniqueEmail('a+b');
    await verifiedUser(t, email);
    await t.client().auth.sendResetPwdEmail(email);
    expect((await t.lastMail(email, 'reset-pwd')).to).toBe(email);
  });

  it('reset: mail, redirect with action=reset-pwd, reset ends every session and does not sign in', async () => {
    const { client, email } = await verifiedUser(t);
    const anon = t.client();
    expect((await anon.auth.sendResetPwdEmail(email)).errors).toBeNull();
    const mail = await t.lastMail(email, 'reset-pwd');
    const { location } = await followLink(mail.link);
    expect(location.searchParams.get('action')).toBe('reset-pwd');
    const accessToken = accessTokenOf(location)!;
    const weak = await anon.auth.resetPwdWithToken(accessToken, 'password123');
    expect(weak.errors?.items[0]).toMatchObject({ code: 'validation_error' });
    const reset = await anon.auth.resetPwdWithToken(accessToken, 'a-whole-new-secret-9');
    expect(reset.errors).toBeNull();
    expect(anon.auth.getSession()).toBeNull();
    expect((await client.auth.getUserFromDB()).errors?.items[0]?.code).toBe('invalid_session_token');
    expect((await anon.auth.resetPwdWithToken(accessToken, 'another-new-secret-9')).errors?.items[0]?.code).toBe('invalid_access_token');
    expect((await t.client().auth.signInWithEmail(email, 'a-whole-new-secret-9')).errors).toBeNull();
  });

  it('change-email: current password needed, confirmation to the new address, then a notice to the old', async () => {
    const { client, email } = await verifiedUser(t);
    const newEmail = uniqueEmail('moved');
    const wrong = await client.auth.changeEmail('not-the-password-1', newEmail);
    expect(wrong.errors).toMatchObject({ status: 401, items: [{ code: 'invalid_password' }] });
    expect(await t.outbox(newEmail)).toEqual([]);

    const taken = await client.auth.changeEmail(PASSWORD, (await verifiedUser(t)).email);
    expect(taken.errors).toMatchObject({ status: 409, items: [{ code: 'email_not_unique' }] });

    const { user, errors } = await client.auth.changeEmail(PASSWORD, newEmail);
    expect(errors).toBeNull();
    expect(user?.email).toBe(email); // unchanged until confirmed
    expect((await client.auth.getUserFromDB()).user?.email).toBe(email);

    const mail = await t.lastMail(newEmail, 'change-email');
    const { location } = await followLink(mail.link);
    expect(location.searchParams.get('action')).toBe('change-email');
    expect(location.searchParams.get('status')).toBe('200');
    expect(accessTokenOf(location)).toBeNull();
    expect((await client.auth.getUserFromDB()).user).toMatchObject({ email: newEmail, emailVerified: true });
    expect((await t.lastMail(email)).action).toBe('email-changed'); // the old address is told once it is applied
    expect((await t.client().auth.signInWithEmail(newEmail, PASSWORD)).errors).toBeNull();
    expect((await t.client().auth.signInWithEmail(email, PASSWORD)).errors?.status).toBe(401);
    // following the link again (a mail scanner went first) still reports success
    expect((await followLink(mail.link)).location.searchParams.get('status')).toBe('200');
  });

  it('sign-up refuses weak passwords, bad addresses and taken addresses; extra fields are ignored', async () => {
    const client = t.client();
    const short = await client.auth.signUpWithEmail(uniqueEmail(), 'seven77');
    expect(short.errors).toMatchObject({ status: 400, items: [{ code: 'validation_error' }] });
    expect((await client.auth.signUpWithEmail(uniqueEmail(), 'x'.repeat(129))).errors?.status).toBe(400);
    expect((await client.auth.signUpWithEmail(uniqueEmail(), 'y'.repeat(128))).errors).toBeNull();
    expect((await client.auth.signUpWithEmail(uniqueEmail(), 'password123')).errors?.items[0]?.details).toMatchObject({
      reason: 'too_common',
    });
    expect((await client.auth.signUpWithEmail('not-an-email', PASSWORD)).errors?.items[0]?.code).toBe('validation_error');
    const email = uniqueEmail();
    const sneaky = await client.auth.signUpWithEmail(email, PASSWORD, { name: 'Eve', emailVerified: true } as never);
    expect(sneaky.user).toMatchObject({ name: 'Eve', emailVerified: false });
    expect(sneaky.session).toBeNull();
    // an unverified address may be signed up again (it looks fresh: pre-account-takeover.test.ts); still one account
    const again = await client.auth.signUpWithEmail(email.toUpperCase(), PASSWORD);
    expect(again.errors).toBeNull();
    expect(await t.server.store.db.selectFrom('users').select('id').where('email', '=', email).execute()).toHaveLength(1);
  });

  it('concurrent sign-ups of one address create exactly one account', async () => {
    const email = uniqueEmail('race');
    const results = await Promise.all(Array.from({ length: 8 }, () => t.client().auth.signUpWithEmail(email, PASSWORD)));
    // the losers of the race are repeated sign-ups of an unverified address: they look fresh too
    expect(results.map((r) => r.errors)).toEqual(Array.from({ length: 8 }, () => null));
    expect(await t.server.store.db.selectFrom('users').select('id').where('email', '=', email).execute()).toHaveLength(1);
  });
});

describe('email verification off', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ emailVerification: false });
  });
  afterAll(() => t.close());

  it('sign-up returns user and session; the client stores them and is signed in', async () => {
    const storage = new MemoryStorage();
    const client = t.client({ storage });
    const email = uniqueEmail();
    const { session, errors } = await client.auth.signUpWithEmail(email, PASSWORD, 'Off Mode');
    expect(errors).toBeNull();
    expect(session?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.parse(storage.getItem('user')!)).toMatchObject({ email, name: 'Off Mode' });
    expect((await client.auth.getUserFromDB()).user?.email).toBe(email);
    expect(await t.outbox(email)).toEqual([]);
    expect((await t.client().auth.signInWithEmail(email, PASSWORD)).errors).toBeNull();
  });

  it('change-email applies at once and tells the old address', async () => {
    const client = t.client();
    const email = uniqueEmail();
    await client.auth.signUpWithEmail(email, PASSWORD);
    const newEmail = uniqueEmail('new');
    const { user, errors } = await client.auth.changeEmail(PASSWORD, newEmail);
    expect(errors).toBeNull();
    expect(user?.email).toBe(newEmail);
    expect((await t.lastMail(email)).action).toBe('email-changed');
  });

  it('magic links and resets still work', async () => {
    const client = t.client();
    const email = uniqueEmail();
    await client.auth.signUpWithEmail(email, PASSWORD);
    await client.auth.sendMagicLinkEmail(email);
    const { location } = await followLink((await t.lastMail(email, 'magic-link')).link);
    expect((await t.client().auth.getAuthGrant(accessTokenOf(location)!)).errors).toBeNull();
  });
});
