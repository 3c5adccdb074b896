// Security notices through the real altogic 2.3.9 client: password-changed, email-changed (to the old address, once
// the change is applied) and new-sign-in (a browser and OS the account was never seen with), on and off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessTokenOf,
  followLink,
  PASSWORD,
  startTestServer,
  uniqueEmail,
  verifiedUser,
  type OutboxMessage,
  type TestServer,
} from '../../testing/harness.ts';

const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const FIREFOX_LINUX_NEWER = 'Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0';
const CHROME_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const SAFARI_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';

const NOTICES = ['password-changed', 'email-changed', 'new-sign-in'];
const TIME = /\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/;

async function notices(t: TestServer, to: string, action?: string): Promise<OutboxMessage[]> {
  return (await t.outbox(to)).filter((m) => (action ? m.action === action : NOTICES.includes(m.action)));
}

/** A notice carries no link and no secret: no token-like string, no password, no link to this server. */
function expectNoSecret(mail: OutboxMessage, secrets: string[] = []): void {
  expect(mail.link).toBeNull();
  for (const body of [mail.text, mail.html, mail.subject]) {
    expect(body).not.toMatch(/[A-Za-z0-9_-]{32,}/);
    expect(body).not.toMatch(/https?:\/\//);
    expect(body).not.toContain('/_links/');
    for (const secret of [PASSWORD, ...secrets]) expect(body).not.toContain(secret);
  }
}

describe('security notices on (email verification on)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ emailVerification: true });
  });
  afterAll(() => t.close());

  it('a password change mails password-changed to the account, without any secret', async () => {
    const { client, email, token } = await verifiedUser(t);
    expect(await notices(t, email)).toEqual([]);
    const { errors } = await client.auth.changePassword('a-brand-new-secret-7', PASSWORD);
    expect(errors).toBeNull();
    const [mail, ...more] = await notices(t, email);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ to: email, action: 'password-changed', subject: 'Your password was changed', link: null });
    expect(mail!.text).toMatch(/changed on .*UTC\. Your other sessions were ended\./);
    expect(mail!.text).toMatch(TIME);
    expectNoSecret(mail!, ['a-brand-new-secret-7', token]);
  });

  it('a failed password change sends nothing', async () => {
    const { client, email } = await verifiedUser(t);
    expect((await client.auth.changePassword('a-brand-new-secret-7', 'not-the-password-1')).errors?.status).toBe(401);
    expect((await client.auth.changePassword('short', PASSWORD)).errors?.status).toBe(400);
    expect(await notices(t, email)).toEqual([]);
  });

  it('a new password equal to the current one is refused (400 with its reason), keeps the other sessions and sends nothing', async () => {
    const { client, email } = await verifiedUser(t);
    const other = t.client();
    expect((await other.auth.signInWithEmail(email, PASSWORD)).errors).toBeNull();
    const { errors } = await client.auth.changePassword(PASSWORD, PASSWORD);
    expect(errors?.status).toBe(400);
    expect(errors?.items).toEqual([
      {
        origin: 'client_error',
        code: 'validation_error',
        message: 'The new password is the same as the current one. Choose a different password.',
        details: { field: 'newPassword', reason: 'same_as_current' },
      },
    ]);
    expect(await notices(t, email)).toEqual([]);
    expect((await other.auth.getUserFromDB()).errors).toBeNull();
  });

  it('a password reset mails password-changed too, after the reset link was used', async () => {
    const { email } = await verifiedUser(t);
    const anon = t.client();
    await anon.auth.sendResetPwdEmail(email);
    expect(await notices(t, email)).toEqual([]); // asking for a reset changes nothing yet
    const { location } = await followLink((await t.lastMail(email, 'reset-pwd')).link);
    const accessToken = accessTokenOf(location)!;
    expect((await anon.auth.resetPwdWithToken(accessToken, 'reset-to-this-secret-5')).errors).toBeNull();
    const [mail, ...more] = await notices(t, email);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ action: 'password-changed', link: null });
    expect(mail!.text).toMatch(/reset with an emailed link on .*UTC\. All your sessions were ended\./);
    expectNoSecret(mail!, ['reset-to-this-secret-5', accessToken]);
  });

  it('an email change tells the old address once the new one is confirmed, never before, never twice', async () => {
    const { client, email } = await verifiedUser(t, uniqueEmail('old'));
    const newEmail = uniqueEmail('new');
    expect((await client.auth.changeEmail(PASSWORD, newEmail)).errors).toBeNull();
    expect(await notices(t, email)).toEqual([]); // not applied yet

    const confirm = await t.lastMail(newEmail, 'change-email');
    expect((await followLink(confirm.link)).location.searchParams.get('status')).toBe('200');
    const [mail, ...more] = await notices(t, email);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ to: email, action: 'email-changed', link: null });
    expect(mail!.subject).toBe('The email address of your account was changed');
    expect(mail!.text).toContain(`to n***@${newEmail.split('@')[1]}`); // the new address, masked
    expect(mail!.text).not.toContain(newEmail);
    expect(mail!.text).toMatch(TIME);
    expectNoSecret(mail!, [new URL(confirm.link!).searchParams.get('token')!]);
    // the new address gets its confirmation link only; a mail scanner opening the link again sends nothing more
    expect((await t.outbox(newEmail)).map((m) => m.action)).toEqual(['change-email']);
    await followLink(confirm.link);
    expect(await notices(t, email)).toHaveLength(1);
    expect(await notices(t, newEmail)).toEqual([]);
  });

  it('new-sign-in: none for the first sign-in after sign-up, one per new browser and OS, naming both and the time', async () => {
    const email = uniqueEmail('devices');
    // sign up in one browser, confirm, first sign-in in another: still the first sign-in, no notice
    await t.client({ userAgent: CHROME_WINDOWS }).auth.signUpWithEmail(email, PASSWORD, 'Devices');
    await followLink((await t.lastMail(email, 'email-confirm')).link, { headers: { 'user-agent': CHROME_WINDOWS } });
    expect((await t.client({ userAgent: SAFARI_MAC }).auth.signInWithEmail(email, PASSWORD)).errors).toBeNull();
    expect(await notices(t, email)).toEqual([]);
    // the same browser again, and the browser the account signed up in: seen, nothing
    expect((await t.client({ userAgent: SAFARI_MAC }).auth.signInWithEmail(email, PASSWORD)).errors).toBeNull();
    expect((await t.client({ userAgent: CHROME_WINDOWS }).auth.signInWithEmail(email, PASSWORD)).errors).toBeNull();
    expect(await notices(t, email)).toEqual([]);

    const before = Date.now();
    const firefox = await t.client({ userAgent: FIREFOX_LINUX }).auth.signInWithEmail(email, PASSWORD);
    expect(firefox.errors).toBeNull();
    const [mail, ...more] = await notices(t, email, 'new-sign-in');
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ to: email, action: 'new-sign-in', subject: 'New login to your account', link: null });
    expect(mail!.text).toContain('from Firefox on Linux on ');
    const stamp = mail!.text.match(TIME)![0];
    expect(Math.abs(Date.parse(stamp.replace(' ', 'T').replace(' UTC', ':00Z')) - before)).toBeLessThan(2 * 60_000);
    expectNoSecret(mail!, [firefox.session!.token]);

    // a browser update is not a new browser; another one is
    await t.client({ userAgent: FIREFOX_LINUX_NEWER }).auth.signInWithEmail(email, PASSWORD);
    expect(await notices(t, email, 'new-sign-in')).toHaveLength(1);
    await t.client().auth.signInWithEmail(email, PASSWORD);
    const all = await notices(t, email, 'new-sign-in');
    expect(all).toHaveLength(2);
    expect(all[1]!.text).toContain('from an unknown browser on an unknown system on ');
  });

  it('failed and unverified sign-ins record nothing', async () => {
    const email = uniqueEmail('unverified');
    await t.client().auth.signUpWithEmail(email, PASSWORD);
    expect((await t.client({ userAgent: FIREFOX_LINUX }).auth.signInWithEmail(email, PASSWORD)).errors?.status).toBe(403);
    await followLink((await t.lastMail(email, 'email-confirm')).link);
    expect((await t.client({ userAgent: CHROME_WINDOWS }).auth.signInWithEmail(email, 'wrong-password-here')).errors?.status).toBe(401);
    // so this is still the first sign-in
    expect((await t.client({ userAgent: SAFARI_MAC }).auth.signInWithEmail(email, PASSWORD)).errors).toBeNull();
    expect(await notices(t, email)).toEqual([]);
    // and the browsers of the refused attempts were not recorded as seen
    await t.client({ userAgent: FIREFOX_LINUX }).auth.signInWithEmail(email, PASSWORD);
    await t.client({ userAgent: CHROME_WINDOWS }).auth.signInWithEmail(email, PASSWORD);
    expect((await notices(t, email)).map((m) => m.text.match(/from (.*?) on \d{4}/)![1])).toEqual([
      'Firefox on Linux',
      'Chrome on Windows',
    ]);
  });

  it('the confirmation link is part of signing up; a magic link is a sign-in, told when its browser is new', async () => {
    const email = uniqueEmail('grant');
    await t.client({ userAgent: CHROME_WINDOWS }).auth.signUpWithEmail(email, PASSWORD);
    // opened in the browser that signed up, which confirms the address and keeps the password (pre-account-takeover.test.ts)
    const confirm = await followLink((await t.lastMail(email, 'email-confirm')).link, { headers: { 'user-agent': CHROME_WINDOWS } });
    // the confirmation link, granted in Safari: seen, silently
    const safari = t.client({ userAgent: SAFARI_MAC });
    expect((await safari.auth.getAuthGrant(accessTokenOf(confirm.location)!)).errors).toBeNull();
    // the first sign-in, by magic link in Firefox: silent too
    await t.client().auth.sendMagicLinkEmail(email);
    let magic = await followLink((await t.lastMail(email, 'magic-link')).link);
    expect((await t.client({ userAgent: FIREFOX_LINUX }).auth.getAuthGrant(accessTokenOf(magic.location)!)).errors).toBeNull();
    // Safari was seen at the confirmation
    expect((await safari.auth.signInWithEmail(email, PASSWORD)).errors).toBeNull();
    expect(await notices(t, email)).toEqual([]);
    // a magic link opened by an unknown client: new
    await t.client().auth.sendMagicLinkEmail(email);
    magic = await followLink((await t.lastMail(email, 'magic-link')).link);
    const accessToken = accessTokenOf(magic.location)!;
    expect((await t.client().auth.getAuthGrant(accessToken)).errors).toBeNull();
    const [mail, ...more] = await notices(t, email);
    expect(more).toEqual([]);
    expect(mail!.action).toBe('new-sign-in');
    expectNoSecret(mail!, [accessToken]);
    // and known afterwards, for password sign-ins too
    await t.client().auth.signInWithEmail(email, PASSWORD);
    expect(await notices(t, email)).toHaveLength(1);
  });

  it('parallel sign-ins from one new browser send one notice', async () => {
    const { email } = await verifiedUser(t);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => t.client({ userAgent: FIREFOX_LINUX }).auth.signInWithEmail(email, PASSWORD)),
    );
    expect(results.every((r) => r.errors === null)).toBe(true);
    expect(await notices(t, email, 'new-sign-in')).toHaveLength(1);
  });

  it('an unrecognisable user agent is named as such, and nothing of it reaches the mail', async () => {
    const email = uniqueEmail('unknown');
    const firefox = t.client({ userAgent: FIREFOX_LINUX });
    await firefox.auth.signUpWithEmail(email, PASSWORD);
    await followLink((await t.lastMail(email, 'email-confirm')).link, { headers: { 'user-agent': FIREFOX_LINUX } });
    await firefox.auth.signInWithEmail(email, PASSWORD);
    await t.client({ userAgent: '<script>alert(1)</script> Visit https://evil.test' }).auth.signInWithEmail(email, PASSWORD);
    const [mail, ...more] = await notices(t, email, 'new-sign-in');
    expect(more).toEqual([]);
    expect(mail!.text).toContain('from an unknown browser on an unknown system on ');
    expect(mail!.html).not.toContain('<script');
    expectNoSecret(mail!);
  });
});

describe('security notices on (email verification off)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ emailVerification: false });
  });
  afterAll(() => t.close());

  it('sign-up signs in but is part of signing up: the next sign-in is the first, then new browsers are told', async () => {
    const email = uniqueEmail();
    expect((await t.client({ userAgent: CHROME_WINDOWS }).auth.signUpWithEmail(email, PASSWORD)).session).not.toBeNull();
    await t.client({ userAgent: SAFARI_MAC }).auth.signInWithEmail(email, PASSWORD);
    await t.client({ userAgent: CHROME_WINDOWS }).auth.signInWithEmail(email, PASSWORD);
    expect(await t.outbox(email)).toEqual([]);
    await t.client({ userAgent: FIREFOX_LINUX }).auth.signInWithEmail(email, PASSWORD);
    expect((await t.outbox(email)).map((m) => m.action)).toEqual(['new-sign-in']);
  });

  it('an email change applies at once and tells the old address', async () => {
    const client = t.client();
    const email = uniqueEmail();
    await client.auth.signUpWithEmail(email, PASSWORD);
    const newEmail = uniqueEmail('new');
    expect((await client.auth.changeEmail(PASSWORD, newEmail)).user?.email).toBe(newEmail);
    const [mail, ...more] = await notices(t, email);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ to: email, action: 'email-changed', link: null });
    expectNoSecret(mail!);
    expect(await t.outbox(newEmail)).toEqual([]);
  });
});

describe('security notices off', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ emailVerification: true, securityNotices: false });
  });
  afterAll(() => t.close());

  it('password change, reset, email change and new browsers send no notice; the other mails still go', async () => {
    const { client, email } = await verifiedUser(t);
    expect((await client.auth.changePassword('a-brand-new-secret-7', PASSWORD)).errors).toBeNull();

    await t.client().auth.sendResetPwdEmail(email);
    const reset = await followLink((await t.lastMail(email, 'reset-pwd')).link);
    expect((await t.client().auth.resetPwdWithToken(accessTokenOf(reset.location)!, PASSWORD)).errors).toBeNull();

    const signedIn = t.client({ userAgent: FIREFOX_LINUX });
    expect((await signedIn.auth.signInWithEmail(email, PASSWORD)).errors).toBeNull();
    await t.client({ userAgent: CHROME_WINDOWS }).auth.signInWithEmail(email, PASSWORD);

    const newEmail = uniqueEmail('new');
    expect((await signedIn.auth.changeEmail(PASSWORD, newEmail)).errors).toBeNull();
    await followLink((await t.lastMail(newEmail, 'change-email')).link);
    expect((await signedIn.auth.getUserFromDB()).user?.email).toBe(newEmail);

    expect((await t.outbox(email)).map((m) => m.action)).toEqual(['email-confirm', 'reset-pwd']);
    expect((await t.outbox(newEmail)).map((m) => m.action)).toEqual(['change-email']);
  });
});
