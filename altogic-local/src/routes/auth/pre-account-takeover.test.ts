// Pre-account takeover: an attacker signs up with the victim's address and a password of their choice, and waits
// for the victim to prove the address with a link. Proving an address that was never verified discards the
// password set at sign-up and ends every other session; a repeated sign-up neither keeps nor reveals the first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTokenOf, followLink, PASSWORD, startTestServer, uniqueEmail, type TestServer } from '../../testing/harness.ts';

const ATTACKER_PASSWORD = 'attacker-chosen-passphrase-9';

async function signInByMagicLink(t: TestServer, email: string) {
  const victim = t.client();
  expect((await victim.auth.sendMagicLinkEmail(email)).errors).toBeNull();
  const { location } = await followLink((await t.lastMail(email, 'magic-link')).link);
  const grant = await victim.auth.getAuthGrant(accessTokenOf(location)!);
  expect(grant.errors).toBeNull();
  return { victim, grant };
}

describe('pre-account takeover, email verification on', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ emailVerification: true });
  });
  afterAll(() => t.close());

  it("a magic link into an unverified account discards the attacker's password; the owner can set one without a current password", async () => {
    const email = uniqueEmail('victim');
    expect((await t.client().auth.signUpWithEmail(email, ATTACKER_PASSWORD, 'Attacker')).errors).toBeNull();

    const { victim, grant } = await signInByMagicLink(t, email);
    expect(grant.user).toMatchObject({ email, emailVerified: true, hasPassword: false });

    const attacker = await t.client().auth.signInWithEmail(email, ATTACKER_PASSWORD);
    const wrong = await t.client().auth.signInWithEmail(email, 'some-other-wrong-password');
    expect(attacker.errors).toMatchObject({ status: 401, items: [{ code: 'invalid_credentials' }] });
    expect(attacker.errors).toEqual(wrong.errors); // no password looks like a wrong password

    // "Set a password": the session is the proof; no current password exists to ask for
    const set = await victim.auth.changePassword('victims-own-passphrase-3', '');
    expect(set.errors).toBeNull();
    expect((await victim.auth.getUserFromDB()).user).toMatchObject({ hasPassword: true });
    expect((await t.client().auth.signInWithEmail(email, 'victims-own-passphrase-3')).errors).toBeNull();
    expect((await t.client().auth.signInWithEmail(email, ATTACKER_PASSWORD)).errors?.status).toBe(401);
  });

  // The unsolicited "confirm your email" mail of the attacker's sign-up: the victim opens it in their own browser.
  const ATTACKER_BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
  const VICTIM_BROWSER =
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';

  async function confirmFrom(t: TestServer, email: string, userAgent: string) {
    const { location } = await followLink((await t.lastMail(email, 'email-confirm')).link, { headers: { 'user-agent': userAgent } });
    const client = t.client({ userAgent });
    return { client, grant: await client.auth.getAuthGrant(accessTokenOf(location)!) };
  }

  it("the sign-up's confirmation link opened on another device discards the attacker's password and signs the victim in", async () => {
    const email = uniqueEmail('confirm-victim');
    const attacker = t.client({ userAgent: ATTACKER_BROWSER });
    expect((await attacker.auth.signUpWithEmail(email, ATTACKER_PASSWORD, 'Attacker')).errors).toBeNull();

    const { client: victim, grant } = await confirmFrom(t, email, VICTIM_BROWSER);
    expect(grant.errors).toBeNull();
    expect(grant.user).toMatchObject({ email, emailVerified: true, hasPassword: false });
    expect(grant.session).not.toBeNull();

    const signIn = await t.client({ userAgent: ATTACKER_BROWSER }).auth.signInWithEmail(email, ATTACKER_PASSWORD);
    expect(signIn.errors).toMatchObject({ status: 401, items: [{ code: 'invalid_credentials' }] });
    // the victim sets their own password with the link's session
    expect((await victim.auth.changePassword('victims-own-passphrase-4', '')).errors).toBeNull();
    expect((await t.client().auth.signInWithEmail(email, 'victims-own-passphrase-4')).errors).toBeNull();
  });

  it('the confirmation link opened on the device that signed up keeps the password', async () => {
    const email = uniqueEmail('confirm-owner');
    const owner = t.client({ userAgent: VICTIM_BROWSER });
    expect((await owner.auth.signUpWithEmail(email, PASSWORD)).errors).toBeNull();

    const { grant } = await confirmFrom(t, email, VICTIM_BROWSER);
    expect(grant.user).toMatchObject({ email, emailVerified: true, hasPassword: true });
    expect((await t.client({ userAgent: VICTIM_BROWSER }).auth.signInWithEmail(email, PASSWORD)).errors).toBeNull();
  });

  it('an old confirmation link (no longer signing in) from another device proves the address without the password', async () => {
    const email = uniqueEmail('confirm-late');
    expect((await t.client({ userAgent: ATTACKER_BROWSER }).auth.signUpWithEmail(email, ATTACKER_PASSWORD)).errors).toBeNull();
    t.clock.advance(60 * 60 * 1000);

    const { grant } = await confirmFrom(t, email, VICTIM_BROWSER);
    expect(grant.errors).toMatchObject({ status: 400, items: [{ code: 'invalid_access_token' }] });
    expect(grant.errors?.items[0]?.message).toContain('magic link');
    const signIn = await t.client({ userAgent: ATTACKER_BROWSER }).auth.signInWithEmail(email, ATTACKER_PASSWORD);
    expect(signIn.errors).toMatchObject({ status: 401, items: [{ code: 'invalid_credentials' }] });
    // the owner signs in by magic link: the address is verified, there is no password
    const { grant: magic } = await signInByMagicLink(t, email);
    expect(magic.user).toMatchObject({ emailVerified: true, hasPassword: false });
  });

  it('opening the confirmation link on another device (or by a mail scanner) changes nothing by itself', async () => {
    const email = uniqueEmail('confirm-scanned');
    expect((await t.client({ userAgent: ATTACKER_BROWSER }).auth.signUpWithEmail(email, ATTACKER_PASSWORD)).errors).toBeNull();
    await followLink((await t.lastMail(email, 'email-confirm')).link, { headers: { 'user-agent': 'MailScanner/2.0' } });
    const signIn = await t.client({ userAgent: ATTACKER_BROWSER }).auth.signInWithEmail(email, ATTACKER_PASSWORD);
    expect(signIn.errors).toMatchObject({ status: 403, items: [{ code: 'email_not_verified' }] });
  });

  it('an account with a password still needs the current one to change it', async () => {
    const email = uniqueEmail('keeps');
    await t.client().auth.signUpWithEmail(email, PASSWORD);
    await followLink((await t.lastMail(email, 'email-confirm')).link);
    const client = t.client();
    expect((await client.auth.signInWithEmail(email, PASSWORD)).user).toMatchObject({ hasPassword: true });
    expect((await client.auth.changePassword('another-passphrase-7', '')).errors).toMatchObject({
      status: 401,
      items: [{ code: 'invalid_password' }],
    });
    // a magic link into a verified account changes nothing about its password
    await signInByMagicLink(t, email);
    expect((await t.client().auth.signInWithEmail(email, PASSWORD)).errors).toBeNull();
  });

  it('a repeated sign-up for an unverified address looks fresh, keeps neither password, and reveals nothing of the first', async () => {
    const email = uniqueEmail('twice');
    const first = await t.client().auth.signUpWithEmail(email, ATTACKER_PASSWORD, 'First Name');
    const second = await t.client().auth.signUpWithEmail(email, 'second-passphrase-55', 'Second Name');
    expect(first.errors).toBeNull();
    expect(second.errors).toBeNull();
    expect(second.session).toBeNull();
    expect(Object.keys(second.user!).sort()).toEqual(Object.keys(first.user!).sort());
    expect(second.user).toMatchObject({ email, name: 'Second Name', emailVerified: false });
    expect(JSON.stringify(second.user)).not.toContain(first.user!._id);
    expect(JSON.stringify(second.user)).not.toContain('First Name');

    // the confirmation proves the address; neither sign-up's password is the account's
    const { location } = await followLink((await t.lastMail(email, 'email-confirm')).link);
    const grant = await t.client().auth.getAuthGrant(accessTokenOf(location)!);
    expect(grant.user).toMatchObject({ emailVerified: true, hasPassword: false });
    for (const password of [ATTACKER_PASSWORD, 'second-passphrase-55']) {
      expect((await t.client().auth.signInWithEmail(email, password)).errors?.items[0]?.code).toBe('invalid_credentials');
    }
  });

  it('a repeated sign-up for a verified address is refused as before (email_not_unique) and changes nothing', async () => {
    const email = uniqueEmail('verified');
    await t.client().auth.signUpWithEmail(email, PASSWORD);
    await followLink((await t.lastMail(email, 'email-confirm')).link);
    const again = await t.client().auth.signUpWithEmail(email, ATTACKER_PASSWORD);
    expect(again.errors).toMatchObject({ status: 409, items: [{ code: 'email_not_unique' }] });
    expect((await t.client().auth.signInWithEmail(email, PASSWORD)).errors).toBeNull();
  });
});

describe('pre-account takeover, email verification off', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ emailVerification: false });
  });
  afterAll(() => t.close());

  it("the attacker's session from signing up ends when the owner proves the address", async () => {
    const email = uniqueEmail('victim-off');
    const attacker = t.client();
    const signUp = await attacker.auth.signUpWithEmail(email, ATTACKER_PASSWORD);
    expect(signUp.session).not.toBeNull();
    const signedIn = t.client();
    expect((await signedIn.auth.signInWithEmail(email, ATTACKER_PASSWORD)).errors).toBeNull();

    const { victim } = await signInByMagicLink(t, email);
    for (const client of [attacker, signedIn]) {
      expect((await client.auth.getUserFromDB()).errors?.items[0]?.code).toBe('invalid_session_token');
    }
    expect((await victim.auth.getUserFromDB()).user).toMatchObject({ emailVerified: true, hasPassword: false });
    expect((await t.client().auth.signInWithEmail(email, ATTACKER_PASSWORD)).errors?.status).toBe(401);
  });
});
