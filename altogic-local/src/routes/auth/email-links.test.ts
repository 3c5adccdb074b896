// Emailed tokens (S5): redirects, single use under concurrency, expiry by clock, purpose binding, scanners.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessTokenOf,
  followLink,
  PASSWORD,
  startTestServer,
  tokenOf,
  uniqueEmail,
  verifiedUser,
  type TestServer,
} from '../../testing/harness.ts';

const MINUTE = 60_000;

describe('email links and grants', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ redirectUrl: 'http://localhost:9000/auth-redirect?from=mail' });
  });
  afterAll(() => t.close());

  async function magicToken(email: string): Promise<{ link: string; token: string }> {
    await t.client().auth.sendMagicLinkEmail(email);
    const mail = await t.lastMail(email, 'magic-link');
    return { link: mail.link!, token: tokenOf(mail.link) };
  }

  it('keeps the redirect URL’s own query and adds action and status; the token goes in the fragment, never to a server', async () => {
    const { email } = await verifiedUser(t);
    const { link, token } = await magicToken(email);
    const { location } = await followLink(link);
    expect(location.searchParams.get('from')).toBe('mail');
    expect(location.searchParams.get('action')).toBe('magic-link');
    expect(location.searchParams.get('status')).toBe('200');
    expect(location.search).not.toContain(token);
    expect(location.search).not.toContain('access_token');
    expect(new URLSearchParams(location.hash.slice(1)).get('access_token')).toBe(token);
    expect(accessTokenOf(location)).toBe(token);
  });

  it('20 parallel grants of one token: exactly one success, the rest invalid_access_token', async () => {
    const { email } = await verifiedUser(t);
    const { link, token } = await magicToken(email);
    // mail scanners open the link first: that does not spend it
    for (let i = 0; i < 3; i += 1) expect((await followLink(link)).location.searchParams.get('status')).toBe('200');
    const results = await Promise.all(Array.from({ length: 20 }, () => t.client().auth.getAuthGrant(token)));
    const ok = results.filter((r) => r.errors === null);
    expect(ok).toHaveLength(1);
    expect(ok[0]!.session?.token).toBeTruthy();
    for (const failed of results.filter((r) => r.errors !== null)) {
      expect(failed.errors).toMatchObject({ status: 400, items: [{ code: 'invalid_access_token' }] });
    }
  });

  it('a used token is refused at grant and its link redirects with an error', async () => {
    const { email } = await verifiedUser(t);
    const { link, token } = await magicToken(email);
    expect((await t.client().auth.getAuthGrant(token)).errors).toBeNull();
    const reuse = await t.client().auth.getAuthGrant(token);
    expect(reuse.errors?.status).toBe(400);
    expect(reuse.errors?.items[0]?.message).toMatch(/already been used/);
    const { location } = await followLink(link);
    expect(location.searchParams.get('status')).toBe('400');
    expect(location.searchParams.get('error')).toMatch(/already been used/);
    expect(accessTokenOf(location)).toBeNull();
  });

  it('a magic link expires after 10 minutes (clock)', async () => {
    const { email } = await verifiedUser(t);
    const fresh = await magicToken(email);
    t.clock.advance(9 * MINUTE + 50_000);
    expect((await t.client().auth.getAuthGrant(fresh.token)).errors).toBeNull();
    const stale = await magicToken(email);
    t.clock.advance(10 * MINUTE + 1000);
    const late = await t.client().auth.getAuthGrant(stale.token);
    expect(late.errors).toMatchObject({ status: 400, items: [{ code: 'invalid_access_token' }] });
    const { location } = await followLink(stale.link);
    expect(location.searchParams.get('status')).toBe('400');
    expect(location.searchParams.get('error')).toBeTruthy();
  });

  it('a reset token expires after 15 minutes', async () => {
    const { email } = await verifiedUser(t);
    await t.client().auth.sendResetPwdEmail(email);
    const token = tokenOf((await t.lastMail(email, 'reset-pwd')).link);
    t.clock.advance(15 * MINUTE + 1000);
    const late = await t.client().auth.resetPwdWithToken(token, 'late-but-strong-pass-1');
    expect(late.errors?.items[0]?.code).toBe('invalid_access_token');
    expect((await t.client().auth.signInWithEmail(email, PASSWORD)).errors).toBeNull();
  });

  it('tokens are bound to their purpose: reset tokens are refused by grant and stay usable', async () => {
    const { email } = await verifiedUser(t);
    await t.client().auth.sendResetPwdEmail(email);
    const resetToken = tokenOf((await t.lastMail(email, 'reset-pwd')).link);
    expect((await t.client().auth.getAuthGrant(resetToken)).errors?.items[0]?.code).toBe('invalid_access_token');
    const { token: magic } = await magicToken(email);
    expect((await t.client().auth.resetPwdWithToken(magic, 'other-strong-pass-2')).errors?.items[0]?.code).toBe('invalid_access_token');
    expect((await t.client().auth.resetPwdWithToken(resetToken, 'other-strong-pass-3')).errors).toBeNull();
  });

  it('a newer link supersedes the older one of the same purpose', async () => {
    const { email } = await verifiedUser(t);
    const first = await magicToken(email);
    const second = await magicToken(email);
    expect((await t.client().auth.getAuthGrant(first.token)).errors?.status).toBe(400);
    expect((await t.client().auth.getAuthGrant(second.token)).errors).toBeNull();
  });

  it('a verification link older than 10 minutes confirms the address but signs nobody in', async () => {
    const client = t.client();
    const email = uniqueEmail();
    await client.auth.signUpWithEmail(email, PASSWORD);
    const link = (await t.lastMail(email, 'email-confirm')).link;
    t.clock.advance(11 * MINUTE);
    const { location } = await followLink(link);
    expect(location.searchParams.get('status')).toBe('200');
    const grant = await client.auth.getAuthGrant(accessTokenOf(location)!);
    expect(grant.errors?.items[0]?.message).toMatch(/confirmed/);
    expect((await t.client().auth.signInWithEmail(email, PASSWORD)).errors).toBeNull();
  });

  it('a verification link older than 24 hours fails', async () => {
    const email = uniqueEmail();
    await t.client().auth.signUpWithEmail(email, PASSWORD);
    const link = (await t.lastMail(email, 'email-confirm')).link;
    t.clock.advance(24 * 60 * MINUTE + 1000);
    const { location } = await followLink(link);
    expect(location.searchParams.get('action')).toBe('email-confirm');
    expect(location.searchParams.get('status')).toBe('400');
    expect((await t.client().auth.signInWithEmail(email, PASSWORD)).errors?.items[0]?.code).toBe('email_not_verified');
  });

  it('garbage tokens, missing keys and tampered links fail without reflecting input', async () => {
    const client = t.client();
    const missing = await client.auth.getAuthGrant();
    expect(missing.errors).toMatchObject({ status: 400, items: [{ code: 'invalid_access_token' }] });
    for (const key of ['abc', 'x'.repeat(43), '%0d%0aSet-Cookie:%20a=b']) {
      expect((await client.auth.getAuthGrant(key)).errors?.items[0]?.code).toBe('invalid_access_token');
    }
    const evil = await fetch(`${t.url}/_links/magic-link?token=%0d%0aLocation:%20https://evil.test&redirect=https://evil.test`, {
      redirect: 'manual',
    });
    const location = new URL(evil.headers.get('location')!);
    expect(location.origin).toBe('http://localhost:9000');
    expect(location.searchParams.get('error')).toBe('This link is invalid or has expired. Please request a new one.');
    expect(evil.headers.get('set-cookie')).toBeNull();
  });

  it('mailed links use the configured URL, never the Host or X-Forwarded-Host header (S17)', async () => {
    const { email } = await verifiedUser(t);
    await fetch(`${t.url}/_api/rest/v1/auth/send-magic?email=${email}`, {
      method: 'POST',
      headers: { 'x-client-key': 'k', host: 'evil.test', 'x-forwarded-host': 'evil.test' },
    });
    const mail = await t.lastMail(email, 'magic-link');
    expect(new URL(mail.link!).origin).toBe(t.url);
  });
});
