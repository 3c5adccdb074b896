/**
 * Pre-account takeover: an attacker registers the victim's address with a password of their choice and waits.
 * When the victim signs in by magic link, or clicks the unsolicited "confirm your email" mail of the attacker's
 * sign-up, that password must not open the account: the address is proved, the unproven password is gone, and
 * the victim's profile offers to set one.
 */
import { expect, mailLink, newAccount, signInToProfile, signInWithForm, test, type Portal } from 'portal-testing';

/** The attacker's script: the Altogic REST API from Node, not a browser (docs/wire-contract.md §4). */
async function callApi(portal: Portal, path: string, body: Record<string, string>): Promise<{ status: number; code?: string }> {
  const backend = await portal.backend();
  const response = await fetch(`${backend.url}/_api/rest/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-client-key': backend.clientKey },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { errors?: { code: string }[] };
  return { status: response.status, code: answer.errors?.[0]?.code };
}

test("a password chosen by someone who registered the victim's address stops working when the victim signs in by link", async ({
  page,
  portal,
  browser,
}) => {
  const victim = newAccount('takeover');
  const attackerPassword = 'attacker chosen passphrase 77';
  const attackerContext = await browser.newContext();
  try {
    const attacker = await attackerContext.newPage();
    await attacker.goto('/register');
    await attacker.getByLabel('Name').fill('Not The Victim');
    await attacker.getByLabel('Email').fill(victim.email);
    await attacker.getByLabel('Password', { exact: true }).fill(attackerPassword);
    await attacker.getByRole('button', { name: 'Create account' }).click();
    await expect(attacker.getByRole('heading', { name: 'Check your email' })).toBeVisible();

    // The victim never signed up; they sign in with a magic link.
    await page.goto('/login-with-magic-link');
    await page.getByLabel('Email').fill(victim.email);
    await page.getByRole('button', { name: 'Send magic link' }).click();
    await expect(page.getByRole('status')).toContainText('Check your email');
    await page.goto(await mailLink(portal, victim.email, 'magic-link'));
    await expect(page).toHaveURL(/\/profile$/);

    // The attacker's password is refused like any wrong password.
    await attacker.goto('/login');
    await signInWithForm(attacker, victim.email, attackerPassword);
    await expect(attacker.getByRole('alert')).toHaveText('The email or password is not right. Check them and try again.');
    await expect(attacker).toHaveURL(/\/login$/);

    // The victim's profile offers "Set a password", without a current one (in its Security section).
    await page.getByRole('navigation', { name: 'Profile sections' }).getByRole('link', { name: 'Security' }).click();
    const setPassword = page.getByRole('region', { name: 'Set a password', exact: true });
    await expect(setPassword).toBeVisible();
    await expect(setPassword.getByLabel('Current password')).toHaveCount(0);
    await setPassword.getByLabel('New password').fill(victim.password);
    await setPassword.getByRole('button', { name: 'Set password' }).click();
    const changePassword = page.getByRole('region', { name: 'Change password', exact: true });
    await expect(changePassword.getByRole('status')).toHaveText('Your password is set. The sessions on other devices were ended.');
    await expect(changePassword.getByLabel('Current password')).toBeVisible();

    // The password the victim set works; the attacker's still does not.
    await page.getByRole('region', { name: 'Account security' }).getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await signInToProfile(page, victim);
    await signInWithForm(attacker, victim.email, attackerPassword);
    await expect(attacker.getByRole('alert')).toBeVisible();
    await expect(attacker).toHaveURL(/\/login$/);
  } finally {
    await attackerContext.close();
  }
});

test("the confirmation mail of an attacker's sign-up, opened by the victim, proves the address but drops the attacker's password", async ({
  page,
  portal,
}) => {
  const victim = newAccount('confirm-takeover');
  const attackerPassword = 'attacker chosen passphrase 78';
  const credentials = { email: victim.email, password: attackerPassword };
  expect(await callApi(portal, '/auth/signup-email', { ...credentials, nameOrUserData: 'Not The Victim' })).toEqual({
    status: 200,
    code: undefined,
  });

  // The victim opens the unsolicited "confirm your email" mail in their own browser and accepts the sign-in.
  await page.goto(await mailLink(portal, victim.email, 'email-confirm'));
  await page.getByRole('button', { name: `Continue as ${victim.email}` }).click();

  // The victim lands where they can set a password, without a current one.
  await expect(page).toHaveURL(/\/profile\/security$/);
  const setPassword = page.getByRole('region', { name: 'Set a password', exact: true });
  await expect(setPassword).toBeVisible();
  await expect(setPassword.getByLabel('Current password')).toHaveCount(0);

  // The attacker's password is refused like any wrong password.
  expect(await callApi(portal, '/auth/signin-email', credentials)).toEqual({ status: 401, code: 'invalid_credentials' });

  // The victim's own password works.
  await setPassword.getByLabel('New password').fill(victim.password);
  await setPassword.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('region', { name: 'Change password', exact: true }).getByRole('status')).toHaveText(
    'Your password is set. The sessions on other devices were ended.',
  );
  expect(await callApi(portal, '/auth/signin-email', { email: victim.email, password: victim.password })).toEqual({
    status: 200,
    code: undefined,
  });
  expect(await callApi(portal, '/auth/signin-email', credentials)).toEqual({ status: 401, code: 'invalid_credentials' });
});
