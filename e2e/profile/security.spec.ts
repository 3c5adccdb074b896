import {
  createVerifiedAccount,
  expect,
  FIREFOX_ON_LINUX,
  followMailLink,
  mailLink,
  readOutbox,
  signIn,
  signInElsewhere,
  signInToProfile,
  signInWithForm,
  uniqueEmail,
} from 'portal-testing';
import { profile, test } from './fixtures/profileTest';

test('changing the password lets the user sign in with the new one only, and ends other sessions', async ({
  signedIn: page,
  account,
  browser,
}) => {
  const other = await signInElsewhere(browser, account, FIREFOX_ON_LINUX);
  try {
    const { password, sessions, open } = profile(page);
    await open('Security');
    const newPassword = 'another long passphrase 2025';
    await password.getByLabel('Current password').fill(account.password);
    await password.getByLabel('New password').fill(newPassword);
    await password.getByRole('button', { name: 'Change password' }).click();
    await expect(password.getByRole('status')).toHaveText('Your password is changed. The sessions on other devices were ended.');
    await open('Sessions');
    await expect(sessions.getByRole('listitem')).toHaveCount(1);
    await page.goBack();

    await other.page.reload();
    await expect(other.page).toHaveURL(/\/login/);

    await page.getByRole('region', { name: 'Account security' }).getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await signInWithForm(page, account.email, account.password);
    await expect(page.getByRole('alert')).toBeVisible();

    await signInToProfile(page, { email: account.email, password: newPassword });
  } finally {
    await other.context.close();
  }
});

test('a wrong current password is shown as an alert', async ({ signedIn: page }) => {
  const { password, open } = profile(page);
  await open('Security');
  await password.getByLabel('Current password').fill('not my password at all');
  await password.getByLabel('New password').fill('another long passphrase 2025');
  await password.getByRole('button', { name: 'Change password' }).click();
  await expect(password.getByRole('alert')).toHaveText('Your current password is not right.');
});

test('a new password equal to the current one is refused by the form and by the server, and no mail is sent', async ({
  signedIn: page,
  account,
  portal,
  request,
}) => {
  const { password, open } = profile(page);
  await open('Security');
  await password.getByLabel('Current password').fill(account.password);
  const field = password.getByLabel('New password');
  await field.fill(account.password);
  await password.getByRole('button', { name: 'Change password' }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/^Your new password is the same as your current one\. Choose a different password\./);
  // Editing the field takes its problem away.
  await field.fill('another long passphrase 2025');
  await expect(field).not.toHaveAttribute('aria-invalid');

  // A client without the form's check (the API, an older build) is refused by altogic-local: 400 with the reason.
  const backend = await portal.backend();
  const { token } = await signIn(portal, account);
  const answer = await request.post(`${backend.url}/_api/rest/v1/auth/change-pwd`, {
    headers: { 'x-client': 'altogic-js', 'x-client-key': backend.clientKey, session: token },
    data: { newPassword: account.password, oldPassword: account.password },
  });
  expect(answer.status()).toBe(400);
  expect((await answer.json()) as unknown).toMatchObject({
    errors: [{ code: 'validation_error', details: { field: 'newPassword', reason: 'same_as_current' } }],
  });
  expect((await readOutbox(portal, account.email)).filter((mail) => mail.action === 'password-changed')).toEqual([]);
  // Nothing changed: the password still signs in.
  expect((await signIn(portal, account)).token).toBeTruthy();
});

test('the new password can be shown, and the rules follow what is typed', async ({ signedIn: page }) => {
  const { password, open } = profile(page);
  await open('Security');
  const field = password.getByLabel('New password');
  await field.fill('short');
  await expect(field).toHaveAttribute('type', 'password');
  await password.getByRole('button', { name: 'Show password' }).nth(1).click();
  await expect(field).toHaveAttribute('type', 'text');
  await password.getByRole('button', { name: 'Change password' }).click();
  await expect(password.getByLabel('Current password')).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
});

test('changing the email is pending until the link sent to the new address is followed', async ({ signedIn: page, account, portal }) => {
  const { email, details, open } = profile(page);
  await expect(details).toContainText(account.email);
  await open('Security');
  const newAddress = uniqueEmail('moved');
  await email.getByLabel('Email').fill(newAddress);
  await email.getByLabel('Current password').fill(account.password);
  await email.getByRole('button', { name: 'Change email' }).click();
  await expect(email.getByRole('status')).toHaveText(`Check ${newAddress} to confirm the change`);
  await expect(email.getByText('Pending')).toBeVisible();
  await page.reload();
  await expect(profile(page).email.getByRole('status')).toHaveText(`Check ${newAddress} to confirm the change`);

  const redirect = await followMailLink(await mailLink(portal, newAddress, 'change-email'));
  expect(redirect.searchParams.get('status')).toMatch(/^2/);

  await page.reload();
  await expect(profile(page).email.getByText(`You log in with ${newAddress}.`)).toBeVisible();
  await expect(profile(page).email.getByText('Pending')).toHaveCount(0);
  await open('Overview');
  await expect(details).toContainText(newAddress);
});

test('an address that already has an account is refused with an alert', async ({ signedIn: page, account, portal }) => {
  const taken = await createVerifiedAccount(portal, 'taken');
  const { email, open } = profile(page);
  await open('Security');
  await email.getByLabel('Email').fill(taken.email);
  await email.getByLabel('Current password').fill(account.password);
  await email.getByRole('button', { name: 'Change email' }).click();
  await expect(email.getByRole('alert')).toBeVisible();
  await expect(email.getByText('Pending')).toHaveCount(0);
});
