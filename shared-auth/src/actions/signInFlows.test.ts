// Sign-up, sign-in and email-link grants against the real altogic-local, through the real altogic client.
import { describe, expect, test } from 'vitest';
import {
  OTHER_PASSWORD,
  PASSWORD,
  accessTokenOf,
  lastMail,
  openTab,
  outbox,
  servers,
  signedInTab,
  uniqueEmail,
} from '../testing/altogicLocal';

describe('signUp', () => {
  test('without email verification: signed in at once, stored under the namespace, announced', async () => {
    const tab = openTab(servers().verificationOff);
    const email = uniqueEmail();
    const result = await tab.auth.signUp(email, PASSWORD, '  Ada  ');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.user).toMatchObject({ email, name: 'Ada' });
    expect(result.value.session?.token).toEqual(expect.any(String));
    expect(tab.auth.state.user?.email).toBe(email);
    expect(tab.auth.state.session?.token).toBe(result.value.session?.token);
    expect(tab.events).toEqual([{ type: 'signed-in', payload: { user: result.value.user } }]);
    expect(JSON.parse(tab.storage.getItem('shared-auth:session') ?? 'null')?.token).toBe(result.value.session?.token);
    expect(tab.storage.getItem('session')).toBeNull();
    expect(tab.storage.getItem('user')).toBeNull();
  });

  test('with email verification: no session, still signed out, a confirmation mail to the exact address', async () => {
    const tab = openTab(servers().verificationOn);
    const email = uniqueEmail();
    const result = await tab.auth.signUp(email, PASSWORD, 'Ada');
    expect(result).toMatchObject({ ok: true, value: { session: null, user: { email, emailVerified: false } } });
    expect(tab.auth.state.user).toBeNull();
    expect(tab.events).toEqual([]);
    expect((await outbox(servers().verificationOn, email)).map((m) => m.action)).toEqual(['email-confirm']);
  });

  test('an address already used fails with email_not_unique and changes nothing', async () => {
    const { email } = await signedInTab();
    const tab = openTab(servers().verificationOff);
    const result = await tab.auth.signUp(email, PASSWORD, 'Again');
    expect(result).toMatchObject({ ok: false, error: { status: 409, items: [{ code: 'email_not_unique' }] } });
    expect(tab.auth.state.user).toBeNull();
    expect(tab.events).toEqual([]);
  });

  test('a weak password fails with validation_error', async () => {
    const tab = openTab(servers().verificationOff);
    const result = await tab.auth.signUp(uniqueEmail(), '123', 'Weak');
    expect(result).toMatchObject({ ok: false, error: { status: 400, items: [{ code: 'validation_error', message: expect.any(String) }] } });
  });
});

describe('signIn', () => {
  test('opens a new session, replaces state and storage, and announces it', async () => {
    const { email, auth: first } = await signedInTab();
    const firstToken = first.state.session?.token;
    const tab = openTab(servers().verificationOff);
    const result = await tab.auth.signIn(`  ${email} `, PASSWORD);
    expect(result).toMatchObject({ ok: true, value: { email } });
    expect(tab.auth.state.session?.token).toEqual(expect.any(String));
    expect(tab.auth.state.session?.token).not.toBe(firstToken);
    expect(tab.auth.state.endedReason).toBeNull();
    expect(tab.events.map((e) => e.type)).toEqual(['signed-in']);
    expect(JSON.parse(tab.storage.getItem('shared-auth:user') ?? 'null')?.email).toBe(email);
  });

  test('a wrong password fails with invalid_credentials and leaves the tab signed out', async () => {
    const { email } = await signedInTab();
    const tab = openTab(servers().verificationOff);
    const result = await tab.auth.signIn(email, OTHER_PASSWORD);
    expect(result).toMatchObject({ ok: false, error: { status: 401, items: [{ code: 'invalid_credentials' }] } });
    expect(tab.auth.state.session).toBeNull();
    expect(tab.events).toEqual([]);
  });

  test('before the address is verified it fails with email_not_verified', async () => {
    const tab = openTab(servers().verificationOn);
    const email = uniqueEmail();
    await tab.auth.signUp(email, PASSWORD, 'Ada');
    const result = await tab.auth.signIn(email, PASSWORD);
    expect(result).toMatchObject({ ok: false, error: { status: 403, items: [{ code: 'email_not_verified' }] } });
  });

  test('a stale stored session does not make a sign-in fail', async () => {
    const { email, storage } = await signedInTab();
    storage.setItem(
      'shared-auth:session',
      JSON.stringify({ ...JSON.parse(storage.getItem('shared-auth:session')!), token: 'stale-token' }),
    );
    const tab = openTab(servers().verificationOff, { storage });
    const result = await tab.auth.signIn(email, PASSWORD);
    expect(result.ok).toBe(true);
    expect(tab.auth.state.session?.token).not.toBe('stale-token');
  });
});

/** A tab signed in on the server with email verification on: sign-up, then its confirmation link. */
async function verifiedTab(envUrl: string, label: string) {
  const tab = openTab(envUrl);
  const email = uniqueEmail(label);
  await tab.auth.signUp(email, PASSWORD, label);
  const result = await tab.auth.grant(await accessTokenOf(envUrl, email, 'email-confirm'));
  if (!result.ok) throw new Error(`verification failed: ${JSON.stringify(result)}`);
  tab.events.length = 0;
  return Object.assign(tab, { email });
}

describe('grant', () => {
  test('the email-confirm link of a sign-up signs in, once per token', async () => {
    const { verificationOn } = servers();
    const tab = openTab(verificationOn);
    const email = uniqueEmail();
    await tab.auth.signUp(email, PASSWORD, 'Ada');
    const token = await accessTokenOf(verificationOn, email, 'email-confirm');
    const first = tab.auth.grant(token);
    const second = tab.auth.grant(token);
    expect(second).toBe(first);
    const result = await first;
    expect(result).toMatchObject({ ok: true, value: { email, emailVerified: true } });
    expect(tab.auth.state.user?.email).toBe(email);
    expect(tab.events.map((e) => e.type)).toEqual(['signed-in']);
    // Even after it settled, the same token is not sent again (it is spent).
    expect(tab.auth.grant(token)).toBe(first);
  });

  // Unencoded, '&' would split the query and '+' would become a space on a form-decoding server (docs/pitfalls.md #16).
  test('a magic link requested for an address with "+" and "&" reaches that address and signs in', async () => {
    const { verificationOn } = servers();
    const setup = openTab(verificationOn);
    const email = uniqueEmail('magic&co');
    await setup.auth.signUp(email, PASSWORD, 'Ada');
    await setup.auth.grant(await accessTokenOf(verificationOn, email, 'email-confirm'));

    const tab = openTab(verificationOn);
    expect(await tab.auth.sendMagicLink(email)).toEqual({ ok: true, value: null });
    const mail = await lastMail(verificationOn, email, 'magic-link');
    expect(mail.to).toBe(email);
    const result = await tab.auth.grant(await accessTokenOf(verificationOn, email, 'magic-link'));
    expect(result).toMatchObject({ ok: true, value: { email } });
    expect(tab.auth.state.session).not.toBeNull();
  });

  test('a spent token, in another tab, fails with invalid_access_token and changes nothing', async () => {
    const { verificationOn } = servers();
    const tab = openTab(verificationOn);
    const email = uniqueEmail();
    await tab.auth.signUp(email, PASSWORD, 'Ada');
    const token = await accessTokenOf(verificationOn, email, 'email-confirm');
    expect((await tab.auth.grant(token)).ok).toBe(true);
    const other = openTab(verificationOn);
    const result = await other.auth.grant(token);
    expect(result).toMatchObject({ ok: false, error: { status: 400, items: [{ code: 'invalid_access_token' }] } });
    expect(other.auth.state.session).toBeNull();
    expect(other.events).toEqual([]);
  });

  // Login CSRF: an attacker requests a magic link for their own account and sends it to a signed-in victim.
  test("an attacker's own link never silently switches a signed-in victim into the attacker's account", async () => {
    const { verificationOn } = servers();
    const attacker = openTab(verificationOn);
    const attackerEmail = uniqueEmail('attacker');
    await attacker.auth.signUp(attackerEmail, PASSWORD, 'Mallory');
    await attacker.auth.grant(await accessTokenOf(verificationOn, attackerEmail, 'email-confirm'));
    await attacker.auth.sendMagicLink(attackerEmail);
    const token = await accessTokenOf(verificationOn, attackerEmail, 'magic-link');

    const victim = await verifiedTab(verificationOn, 'victim');
    const before = victim.storage.getItem('shared-auth:session');
    const result = await victim.auth.grant(token);
    expect(result).toMatchObject({ ok: false, error: { items: [{ code: 'confirmation_required' }] } });
    expect(victim.auth.state.user?.email).toBe(victim.email);
    expect(victim.storage.getItem('shared-auth:session')).toBe(before);
    expect(victim.events).toEqual([]);
    // Still the victim's session on the server side too: the client's header went back to it.
    expect((await victim.auth.refreshUser()).ok && victim.auth.state.user?.email).toBe(victim.email);
  });

  test('followLink asks before a link nobody here asked for, or for another account; settleLink does what the user chose', async () => {
    const { verificationOn } = servers();
    const owner = openTab(verificationOn);
    const email = uniqueEmail('other-device');
    await owner.auth.signUp(email, PASSWORD, 'Ada');
    await owner.auth.grant(await accessTokenOf(verificationOn, email, 'email-confirm'));
    await owner.auth.sendMagicLink(email);
    const token = await accessTokenOf(verificationOn, email, 'magic-link');

    // A browser that asked for nothing (the link was requested on another device): the user is asked.
    const fresh = openTab(verificationOn);
    const asked = await fresh.auth.followLink(token);
    expect(asked).toMatchObject({ ok: true, value: { status: 'confirm', user: { email }, current: null } });
    expect(fresh.auth.state.user).toBeNull();
    expect(fresh.storage.getItem('shared-auth:session')).toBeNull();
    expect(fresh.events).toEqual([]);
    expect(await fresh.auth.settleLink(token, true)).toMatchObject({ ok: true, value: { email } });
    expect(fresh.auth.state.user?.email).toBe(email);
    expect(fresh.events.map((e) => e.type)).toEqual(['signed-in']);
    expect((await fresh.auth.settleLink(token, true)).ok).toBe(false);

    // Declined: nothing changes.
    await owner.auth.sendMagicLink(email);
    const second = await accessTokenOf(verificationOn, email, 'magic-link');
    const someoneElse = await verifiedTab(verificationOn, 'someone');
    expect(await someoneElse.auth.followLink(second)).toMatchObject({
      ok: true,
      value: { status: 'confirm', current: { email: someoneElse.email } },
    });
    expect(await someoneElse.auth.settleLink(second, false)).toEqual({ ok: true, value: null });
    expect(someoneElse.auth.state.user?.email).toBe(someoneElse.email);
    expect(someoneElse.events).toEqual([]);
  });

  test('an empty token is refused without asking the server (the client would read the address bar)', async () => {
    const tab = openTab(servers().verificationOn);
    const result = await tab.auth.grant('');
    expect(result).toMatchObject({ ok: false, error: { items: [{ code: 'invalid_access_token' }] } });
  });
});
