// The user's own record, avatar, password and email against the real altogic-local.
import { describe, expect, test } from 'vitest';
import type { UploadProgress } from 'portal-contract';
import {
  OTHER_PASSWORD,
  PASSWORD,
  accessTokenOf,
  anotherDevice,
  lastMail,
  openTab,
  pngFile,
  servers,
  signedInTab,
  uniqueEmail,
} from '../testing/altogicLocal';

describe('refreshUser', () => {
  test('takes a change made elsewhere into state and storage, announcing it once', async () => {
    const tab = await signedInTab(undefined, 'Ada');
    const other = await anotherDevice(servers().verificationOff, tab.email);
    await other.auth.updateName('Ada Lovelace');
    const result = await tab.auth.refreshUser();
    expect(result).toMatchObject({ ok: true, value: { name: 'Ada Lovelace' } });
    expect(tab.auth.state.user?.name).toBe('Ada Lovelace');
    expect(JSON.parse(tab.storage.getItem('shared-auth:user')!).name).toBe('Ada Lovelace');
    expect(tab.events).toEqual([{ type: 'user-updated', payload: { user: expect.objectContaining({ name: 'Ada Lovelace' }) } }]);
    await tab.auth.refreshUser();
    expect(tab.events).toHaveLength(1);
  });

  test('signed out: refused locally', async () => {
    const tab = openTab(servers().verificationOff);
    expect(await tab.auth.refreshUser()).toMatchObject({ ok: false, error: { items: [{ code: 'not_signed_in' }] } });
  });
});

describe('updateName', () => {
  test('trims, saves, updates state and storage and announces the new user', async () => {
    const tab = await signedInTab(undefined, 'Ada');
    const result = await tab.auth.updateName('  Grace Hopper ');
    expect(result).toMatchObject({ ok: true, value: { name: 'Grace Hopper', email: tab.email } });
    expect(tab.auth.state.user?.name).toBe('Grace Hopper');
    expect(JSON.parse(tab.storage.getItem('shared-auth:user')!).name).toBe('Grace Hopper');
    expect(tab.events.map((e) => e.type)).toEqual(['user-updated']);
  });

  test('a blank name is refused locally; a too long one by the server, with validation_error', async () => {
    const tab = await signedInTab(undefined, 'Ada');
    expect(await tab.auth.updateName('   ')).toMatchObject({ ok: false, error: { status: 400, items: [{ code: 'validation_error' }] } });
    expect(await tab.auth.updateName('x'.repeat(5000))).toMatchObject({
      ok: false,
      error: { status: 400, items: [{ code: 'validation_error' }] },
    });
    expect(tab.auth.state.user?.name).toBe('Ada');
    expect(tab.events).toEqual([]);
  });
});

describe('uploadAvatar', () => {
  // Through the client's XHR path, as in browsers. jsdom reports no upload progress for multipart bodies (it
  // knows no total), so the progress mapping is tested against a stand-in client in createSharedAuth.test.ts.
  test('uploads, points profilePicture at the new file and deletes the one it replaces', async () => {
    const tab = await signedInTab();
    const progress: UploadProgress[] = [];
    const first = await tab.auth.uploadAvatar(pngFile('me.png', 64 * 1024), (p) => progress.push(p));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const firstUrl = first.value.profilePicture!;
    expect(firstUrl).toMatch(/^http:\/\/localhost:\d+\/_storage\//);
    expect(tab.auth.state.user?.profilePicture).toBe(firstUrl);
    for (const step of progress) expect(step.loaded).toBeLessThanOrEqual(step.total);
    const image = await fetch(firstUrl);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(tab.events.map((e) => e.type)).toEqual(['user-updated']);

    const second = await tab.auth.uploadAvatar(pngFile('me-again.png'));
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.value.profilePicture).not.toBe(firstUrl);
    expect((await fetch(second.value.profilePicture!)).status).toBe(200);
    expect((await fetch(firstUrl)).status).toBe(404);
  });

  test('a file that is not an image fails with content_type_error and keeps the old picture', async () => {
    const tab = await signedInTab();
    const result = await tab.auth.uploadAvatar(new File(['<svg onload="alert(1)"/>'], 'evil.png', { type: 'image/png' }));
    expect(result).toMatchObject({ ok: false, error: { status: 415, items: [{ code: 'content_type_error' }] } });
    expect(tab.auth.state.user?.profilePicture).toBeUndefined();
    expect(tab.events).toEqual([]);
  });

  test('with the session revoked: fails with invalid_session_token and signs this tab out', async () => {
    const tab = await signedInTab();
    const other = await anotherDevice(servers().verificationOff, tab.email);
    await other.auth.signOutOthers();
    const result = await tab.auth.uploadAvatar(pngFile());
    expect(result).toMatchObject({ ok: false, error: { status: 401, items: [{ code: 'invalid_session_token' }] } });
    expect(tab.auth.state.endedReason).toBe('revoked');
  });
});

describe('changePassword', () => {
  test('takes (current, new), keeps this session and the new password signs in', async () => {
    const tab = await signedInTab();
    expect(await tab.auth.changePassword(PASSWORD, OTHER_PASSWORD)).toEqual({ ok: true, value: null });
    expect(tab.auth.state.session).not.toBeNull();
    expect((await tab.auth.refreshUser()).ok).toBe(true);
    const device = openTab(servers().verificationOff);
    expect((await device.auth.signIn(tab.email, PASSWORD)).ok).toBe(false);
    expect((await device.auth.signIn(tab.email, OTHER_PASSWORD)).ok).toBe(true);
  });

  test('a wrong current password fails with invalid_password and does not sign out', async () => {
    const tab = await signedInTab();
    const result = await tab.auth.changePassword(OTHER_PASSWORD, 'yet-another-passphrase-51');
    expect(result).toMatchObject({ ok: false, error: { status: 401, items: [{ code: 'invalid_password' }] } });
    expect(tab.auth.state.session).not.toBeNull();
    expect(tab.events).toEqual([]);
  });
});

describe('changeEmail', () => {
  test('without verification: takes (password, new address) and the new address is in state at once', async () => {
    const tab = await signedInTab();
    const email = uniqueEmail('moved');
    expect(await tab.auth.changeEmail(PASSWORD, email)).toEqual({ ok: true, value: null });
    expect(tab.auth.state.user?.email).toBe(email);
    expect(tab.events.map((e) => e.type)).toEqual(['user-updated']);
  });

  test('with verification: the address stays until the link mailed to the new one is followed', async () => {
    const { verificationOn } = servers();
    const setup = openTab(verificationOn);
    const email = uniqueEmail();
    await setup.auth.signUp(email, PASSWORD, 'Ada');
    await setup.auth.grant(await accessTokenOf(verificationOn, email, 'email-confirm'));
    const next = uniqueEmail('next');
    expect(await setup.auth.changeEmail(PASSWORD, next)).toEqual({ ok: true, value: null });
    expect(setup.auth.state.user?.email).toBe(email);
    expect((await lastMail(verificationOn, next, 'change-email')).to).toBe(next);
  });

  test('a wrong password fails with invalid_password; a taken address with email_not_unique', async () => {
    const tab = await signedInTab();
    const taken = await signedInTab();
    expect(await tab.auth.changeEmail(OTHER_PASSWORD, uniqueEmail())).toMatchObject({
      ok: false,
      error: { status: 401, items: [{ code: 'invalid_password' }] },
    });
    expect(await tab.auth.changeEmail(PASSWORD, taken.email)).toMatchObject({
      ok: false,
      error: { status: 409, items: [{ code: 'email_not_unique' }] },
    });
    expect(tab.auth.state.user?.email).toBe(tab.email);
  });
});
