/**
 * Pre-account takeover: an attacker registers the victim's address with a password of their choice and waits.
 * When the victim signs in by magic link, that password must not open the account: the address is proved, the
 * unproven password is gone, and the victim's profile offers to set one.
 */
import { expect, mailLink, newAccount, signInToProfile, signInWithForm, test } from 'portal-testing';

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
