// Mails are written in the user's language: the locale sent at sign-up or stored on the user record, else the
// browser's Accept-Language, else English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestServer, uniqueEmail, verifiedUser, type TestServer } from '../../testing/harness.ts';

const json = { 'content-type': 'application/json' };

describe('the language of mails', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ emailVerification: true });
  });
  afterAll(() => t.close());

  const storedLocale = async (email: string) =>
    (await t.server.store.db.selectFrom('users').select('locale').where('email', '=', email).executeTakeFirstOrThrow()).locale;

  it('follows the locale sent with the sign-up and stores it', async () => {
    const email = uniqueEmail('de-signup');
    const response = await t.api('/_api/rest/v1/auth/signup-email', {
      method: 'POST',
      headers: { ...json, 'accept-language': 'en-US' },
      body: JSON.stringify({ email, password: PASSWORD, nameOrUserData: { name: 'Greta', locale: 'de' } }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { user: { locale?: string } }).user.locale).toBe('de');
    const mail = await t.lastMail(email, 'email-confirm');
    expect(mail.subject).toBe('Bestätigen Sie Ihre E-Mail-Adresse');
    expect(mail.text).toContain('E-Mail-Adresse bestätigen: ');
    expect(await storedLocale(email)).toBe('de');
  });

  it("stores the browser's language when the sign-up sends none", async () => {
    const email = uniqueEmail('browser-de');
    await t.api('/_api/rest/v1/auth/signup-email', {
      method: 'POST',
      headers: { ...json, 'accept-language': 'de-DE,de;q=0.9,en;q=0.8' },
      body: JSON.stringify({ email, password: PASSWORD, nameOrUserData: 'Greta' }),
    });
    expect(await storedLocale(email)).toBe('de');
    expect((await t.lastMail(email, 'email-confirm')).subject).toBe('Bestätigen Sie Ihre E-Mail-Adresse');
  });

  it('writes to a user without a stored locale in the language of the request, English by default', async () => {
    const { email } = await verifiedUser(t);
    await t.server.store.db.updateTable('users').set({ locale: null }).where('email', '=', email).execute();
    const ask = (language?: string) =>
      t.api(`/_api/rest/v1/auth/send-reset?email=${encodeURIComponent(email)}`, {
        method: 'POST',
        headers: language ? { 'accept-language': language } : {},
      });
    expect((await ask('de-AT')).status).toBe(200);
    const german = await t.lastMail(email, 'reset-pwd');
    expect(german.subject).toBe('Setzen Sie Ihr Passwort zurück');
    expect(german.html).toContain('Neues Passwort wählen</a>');
    expect((await ask()).status).toBe(200);
    expect((await t.lastMail(email, 'reset-pwd')).subject).toBe('Reset your password');
  });

  it('keeps the locale the user chose (db update) over the browser, for links and security notices', async () => {
    const { client, email, userId } = await verifiedUser(t);
    const update = await client.db.model('users').object(userId).update({ locale: 'de' });
    expect(update.errors).toBeNull();
    expect((update.data as { locale?: string }).locale).toBe('de');
    expect(await storedLocale(email)).toBe('de');

    await t.api(`/_api/rest/v1/auth/send-magic?email=${encodeURIComponent(email)}`, {
      method: 'POST',
      headers: { 'accept-language': 'en' },
    });
    expect((await t.lastMail(email, 'magic-link')).subject).toBe('Ihr Anmeldelink');

    expect((await client.auth.changePassword(`${PASSWORD}-new`, PASSWORD)).errors).toBeNull();
    expect((await t.lastMail(email, 'password-changed')).subject).toBe('Ihr Passwort wurde geändert');
  });

  it('refuses a locale it has no mails for, and null goes back to following the browser', async () => {
    const { client, email, userId } = await verifiedUser(t);
    const refused = await client.db.model('users').object(userId).update({ locale: 'fr' });
    expect(refused.errors?.items[0]).toMatchObject({ code: 'validation_error', details: { field: 'locale' } });
    await client.db.model('users').object(userId).update({ locale: 'de' });
    expect((await client.db.model('users').object(userId).update({ locale: null })).errors).toBeNull();
    expect(await storedLocale(email)).toBeNull();
  });
});
