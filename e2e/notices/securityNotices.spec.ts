/**
 * Security notices (altogic-local): a password change and a sign-in from a browser never seen with the account put
 * a mail in the outbox; the first sign-in after sign-up does not. Notices carry no link and no secret.
 */
import { expect, FIREFOX_ON_LINUX, type OutboxMessage, readOutbox, signInElsewhere, waitForMails } from 'portal-testing';
import { profile, test } from '../profile/fixtures/profileTest';

/** A notice: no link to follow and nothing secret in it. */
function expectNoSecret(mail: OutboxMessage, secrets: string[]): void {
  expect(mail.link).toBeNull();
  for (const body of [mail.subject, mail.text, mail.html]) {
    expect(body).not.toMatch(/https?:\/\//);
    expect(body).not.toMatch(/[A-Za-z0-9_-]{32,}/); // no token
    for (const secret of secrets) expect(body).not.toContain(secret);
  }
}

test('a password change in the profile puts a password-changed mail in the outbox', async ({ signedIn: page, account, portal }) => {
  const { password, open } = profile(page);
  await open('Security');
  const newPassword = 'a fresh passphrase for notices 2025';
  await password.getByLabel('Current password').fill(account.password);
  await password.getByLabel('New password').fill(newPassword);
  await password.getByRole('button', { name: 'Change password' }).click();
  await expect(password.getByRole('status')).toHaveText(/\S/);

  const [mail, ...more] = await waitForMails(portal, account.email, 'password-changed');
  expect(more).toEqual([]);
  expect(mail!.to).toBe(account.email);
  expect(mail!.subject).toBe('Your password was changed');
  expectNoSecret(mail!, [account.password, newPassword]);
});

test('a sign-in from a new browser puts a new-sign-in mail in the outbox; the first sign-in does not', async ({
  signedIn: page,
  account,
  browser,
  portal,
}) => {
  // `signedIn` was the account's first sign-in (Chromium; the kit made the account verified, without mail): no notice
  await expect(profile(page).sessions.getByRole('listitem').first()).toBeVisible();
  expect(await readOutbox(portal, account.email)).toEqual([]);

  // the same browser in a fresh context (no shared storage) is not new either
  const again = await signInElsewhere(browser, account);
  await again.context.close();
  expect(await readOutbox(portal, account.email)).toEqual([]);

  const before = Date.now();
  const firefox = await signInElsewhere(browser, account, FIREFOX_ON_LINUX);
  try {
    const [mail] = await waitForMails(portal, account.email, 'new-sign-in');
    expect(mail!.subject).toBe('New login to your account');
    expect(mail!.text).toContain('from Firefox on Linux on ');
    const stamp = /(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC/.exec(mail!.text);
    expect(stamp, 'the mail names the time').not.toBeNull();
    expect(Math.abs(Date.parse(`${stamp![1]}T${stamp![2]}:00Z`) - before)).toBeLessThan(2 * 60_000);
    const session = await firefox.page.evaluate(() => JSON.stringify(localStorage));
    const tokens = [...session.matchAll(/[A-Za-z0-9_-]{40,}/g)].map((match) => match[0]);
    expectNoSecret(mail!, [account.password, ...tokens]);

    // Firefox is known now: signing in there again sends nothing more
    const twice = await signInElsewhere(browser, account, FIREFOX_ON_LINUX);
    await twice.context.close();
    expect((await readOutbox(portal, account.email)).filter((m) => m.action === 'new-sign-in')).toHaveLength(1);
  } finally {
    await firefox.context.close();
  }
});
