// Mailed links other than sign-in (resend verification, password reset) against the real altogic-local.
import { describe, expect, test } from 'vitest';
import { OTHER_PASSWORD, PASSWORD, accessTokenOf, openTab, outbox, servers, uniqueEmail } from '../testing/altogicLocal';

async function verifiedAccount() {
  const { verificationOn } = servers();
  const tab = openTab(verificationOn);
  const email = uniqueEmail('reset&co');
  await tab.auth.signUp(email, PASSWORD, 'Ada');
  await tab.auth.grant(await accessTokenOf(verificationOn, email, 'email-confirm'));
  return { tab, email };
}

describe('resendVerification', () => {
  test('sends another confirmation mail to an unverified address with "+" and "&"', async () => {
    const { verificationOn } = servers();
    const tab = openTab(verificationOn);
    const email = uniqueEmail('resend&co');
    await tab.auth.signUp(email, PASSWORD, 'Ada');
    expect(await tab.auth.resendVerification(email)).toEqual({ ok: true, value: null });
    expect((await outbox(verificationOn, email)).map((m) => m.action)).toEqual(['email-confirm', 'email-confirm']);
  });

  test('a malformed address fails with validation_error', async () => {
    const tab = openTab(servers().verificationOn);
    const result = await tab.auth.resendVerification('not an address');
    expect(result).toMatchObject({ ok: false, error: { status: 400, items: [{ code: 'validation_error' }] } });
  });
});

describe('sendResetLink and resetPassword', () => {
  test('the reset link sets a new password; the old one stops working and no session is opened', async () => {
    const { verificationOn } = servers();
    const { email } = await verifiedAccount();
    const tab = openTab(verificationOn);
    expect(await tab.auth.sendResetLink(email)).toEqual({ ok: true, value: null });
    const token = await accessTokenOf(verificationOn, email, 'reset-pwd');
    expect(await tab.auth.resetPassword(token, OTHER_PASSWORD)).toEqual({ ok: true, value: null });
    expect(tab.auth.state.session).toBeNull();
    expect(tab.events).toEqual([]);
    expect((await tab.auth.signIn(email, PASSWORD)).ok).toBe(false);
    expect(await tab.auth.signIn(email, OTHER_PASSWORD)).toMatchObject({ ok: true, value: { email } });
  });

  test('a reset token works once; a second use fails with invalid_access_token', async () => {
    const { verificationOn } = servers();
    const { email } = await verifiedAccount();
    const tab = openTab(verificationOn);
    await tab.auth.sendResetLink(email);
    const token = await accessTokenOf(verificationOn, email, 'reset-pwd');
    expect((await tab.auth.resetPassword(token, OTHER_PASSWORD)).ok).toBe(true);
    const again = await tab.auth.resetPassword(token, 'another-long-passphrase-93');
    expect(again).toMatchObject({ ok: false, error: { status: 400, items: [{ code: 'invalid_access_token' }] } });
  });

  test('a weak new password fails with validation_error and keeps the token usable', async () => {
    const { verificationOn } = servers();
    const { email } = await verifiedAccount();
    const tab = openTab(verificationOn);
    await tab.auth.sendResetLink(email);
    const token = await accessTokenOf(verificationOn, email, 'reset-pwd');
    expect(await tab.auth.resetPassword(token, '123')).toMatchObject({
      ok: false,
      error: { status: 400, items: [{ code: 'validation_error' }] },
    });
    expect((await tab.auth.resetPassword(token, OTHER_PASSWORD)).ok).toBe(true);
  });

  test('a made-up token fails with invalid_access_token; an empty one is refused locally', async () => {
    const tab = openTab(servers().verificationOn);
    expect(await tab.auth.resetPassword('0123456789abcdef&x=1', OTHER_PASSWORD)).toMatchObject({
      ok: false,
      error: { status: 400, items: [{ code: 'invalid_access_token' }] },
    });
    expect(await tab.auth.resetPassword('  ', OTHER_PASSWORD)).toMatchObject({
      ok: false,
      error: { items: [{ code: 'invalid_access_token' }] },
    });
  });
});
