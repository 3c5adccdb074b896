/**
 * Localization as a German user meets it: a browser set to German gets German screens (`lang="de"` on the
 * document, German labels and server errors), and the header's language switcher changes the shell, auth-mfe
 * and profile-mfe at once, in every tab, without a reload, and is remembered.
 */
import { createVerifiedAccount, expect, FIREFOX_ON_LINUX, signIn, test } from 'portal-testing';

test.describe('a browser set to German', () => {
  test.use({ locale: 'de-DE' });

  test('shows German screens, and a wrong password gets a German alert', async ({ page, watch }) => {
    expect(watch.problems).toEqual([]);
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Registrieren' }).first()).toBeVisible();
    await expect(page.getByLabel('Sprache')).toHaveValue('de');

    await page.getByLabel('E-Mail').fill('niemand@example.test');
    await page.getByLabel('Passwort', { exact: true }).fill('ein falsches Passwort');
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('E-Mail-Adresse oder Passwort stimmen nicht');
    await expect(alert).not.toContainText(/invalid|credentials/i);
  });

  test('mails a German sign-in link, which signs in', async ({ page, portal, outbox }) => {
    const account = await createVerifiedAccount(portal, 'german-mail');
    await page.goto('/login-with-magic-link');
    await page.getByLabel('E-Mail').fill(account.email);
    await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
    const mail = await outbox.next(account.email, { action: 'magic-link' });
    expect(mail.subject).toBe('Ihr Anmeldelink');
    expect(mail.text).toContain('Melden Sie sich mit dem folgenden Link an.');
    expect(mail.html).toContain('>Anmelden</a>');

    // and the link works as ever
    await page.goto(mail.link!);
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole('heading', { name: 'Sitzungen' })).toBeVisible();
  });
});

test('a German sign-up gets its confirmation mail in German, even from a browser set to English', async ({ page, outbox }) => {
  const email = `deutsch-${Date.now()}@example.test`;
  await page.goto('/register');
  await page.getByLabel('Language').selectOption('de');
  await page.getByLabel('Name').fill('Greta Deutsch');
  await page.getByLabel('E-Mail').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill('ein ganz neues Passwort');
  await page.getByRole('button', { name: 'Konto erstellen' }).click();
  const mail = await outbox.next(email, { action: 'email-confirm' });
  expect(mail.subject).toBe('Bestätigen Sie Ihre E-Mail-Adresse');
  expect(mail.text).toContain('E-Mail-Adresse bestätigen: ');
});

test.describe('a German user, signed in', () => {
  test.use({ locale: 'de-DE' });

  test('gets German titles, and one word for signing out, another for ending a session elsewhere', async ({
    signedInPage: page,
    account,
    portal,
  }) => {
    // Another device's session, made through the API (a browser of its own would speak German too).
    await signIn(portal, account, { userAgent: FIREFOX_ON_LINUX });
    await page.goto('/profile');
    await expect(page).toHaveTitle('Profil · Portal');
    const header = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await expect(header.getByRole('button', { name: 'Abmelden' })).toBeVisible();
    const sessions = page.getByRole('region', { name: 'Sitzungen', exact: true });
    await expect(sessions.getByRole('button', { name: 'Sitzung beenden Firefox unter Linux' })).toBeVisible();
    await expect(sessions.getByRole('button', { name: 'Alle anderen Sitzungen beenden' })).toBeVisible();
    await expect(sessions.getByRole('button', { name: /abmelden/i })).toHaveCount(0);

    await page.getByRole('navigation', { name: 'Profilbereiche' }).getByRole('link', { name: 'Sicherheit' }).click();
    await expect(page).toHaveTitle('Kontosicherheit · Portal');
    await expect(page.getByRole('button', { name: 'Passwort ändern' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'E-Mail-Adresse ändern' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Passwort Anzeigen' }).first()).toBeVisible();
    await page.getByLabel('Neues Passwort').fill('ein neues langes Passwort');
    await page.getByRole('button', { name: 'Passwort Anzeigen' }).nth(1).click();
    await expect(page.getByRole('button', { name: 'Passwort Ausblenden' })).toBeVisible();

    await header.getByRole('button', { name: 'Abmelden' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page).toHaveTitle('Anmelden · Portal');
  });
});

test('switching language in the header changes the shell, auth-mfe and profile-mfe at once, in every tab', async ({
  page,
  portal,
  context,
}) => {
  const account = await createVerifiedAccount(portal, 'switch-language');
  const other = await context.newPage();
  await other.goto('/login');
  await expect(other.getByRole('heading', { name: 'Log in' })).toBeVisible();

  // Signed out, on auth-mfe's login: the header and the screen switch together, without a reload.
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.getByLabel('Language').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Registrieren' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  // The other tab follows through the bus.
  await expect(other.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
  await expect(other.locator('html')).toHaveAttribute('lang', 'de');

  // Signing in with the German form leads to a German profile (the other tab follows the sign-in too).
  await page.getByLabel('E-Mail').fill(account.email);
  await page.getByLabel('Passwort', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('heading', { name: 'Sitzungen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Abmelden' }).first()).toBeVisible();
  await expect(other.getByRole('heading', { name: 'Sitzungen' })).toBeVisible();

  // Back to English: profile-mfe and the header of both tabs switch at once.
  await page.getByLabel('Sprache').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sitzungen' })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(other.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  await expect(other.getByLabel('Language')).toHaveValue('en');

  // Remembered: a reload stays in the chosen language.
  await page.getByLabel('Language').selectOption('de');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sitzungen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});
