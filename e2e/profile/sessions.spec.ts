import { expect, FIREFOX_ON_LINUX, SAFARI_ON_IPHONE, signInElsewhere } from 'portal-testing';
import { profile, test } from './fixtures/profileTest';

test('a session from another browser is listed by name, and signing it out sends that browser to /login', async ({
  signedIn: page,
  account,
  browser,
}) => {
  const other = await signInElsewhere(browser, account, FIREFOX_ON_LINUX);
  try {
    const { sessions } = profile(page);
    // the tab becomes visible again: the list refreshes by itself
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(sessions.getByRole('listitem')).toHaveCount(2);
    const row = sessions.getByRole('listitem').filter({ hasText: 'Firefox on Linux' });
    await expect(row).toContainText('Firefox 128');
    await expect(sessions.getByRole('listitem').filter({ hasText: 'This device' })).toHaveCount(1);
    await expect(sessions.getByRole('listitem').filter({ hasText: 'This device' }).getByRole('button')).toHaveCount(0);
    await expect(sessions).toContainText('cannot be undone');

    await sessions.getByRole('button', { name: 'End session Firefox on Linux' }).click();
    await expect(sessions.getByRole('status')).toHaveText('The session of Firefox on Linux is ended.');
    await expect(row).toHaveCount(0);

    // the other browser finds out on its next call to the server (here: coming back to the tab)
    await other.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(other.page).toHaveURL(/\/login/);
  } finally {
    await other.context.close();
  }
});

test('End all other sessions leaves only this device', async ({ signedIn: page, account, browser }) => {
  const others = [await signInElsewhere(browser, account, FIREFOX_ON_LINUX), await signInElsewhere(browser, account, SAFARI_ON_IPHONE)];
  try {
    const { sessions } = profile(page);
    await page.reload();
    await expect(sessions.getByRole('listitem')).toHaveCount(3);
    await expect(sessions.getByRole('button', { name: 'End session Mobile Safari on iOS (iPhone)' })).toBeVisible();

    await sessions.getByRole('button', { name: 'End all other sessions' }).click();
    await expect(sessions.getByRole('status')).toHaveText('All other sessions are ended.');
    await expect(sessions.getByRole('listitem')).toHaveCount(1);
    await expect(sessions.getByRole('listitem')).toContainText('This device');
    await expect(sessions).toContainText('No other device is logged in.');

    for (const other of others) {
      await other.page.reload();
      await expect(other.page).toHaveURL(/\/login/);
    }
  } finally {
    await Promise.all(others.map((other) => other.context.close()));
  }
});

test('each session shows its address and last activity, this device first; two of the same browser are numbered', async ({
  signedIn: page,
  account,
  browser,
}) => {
  const others = [await signInElsewhere(browser, account, FIREFOX_ON_LINUX), await signInElsewhere(browser, account, FIREFOX_ON_LINUX)];
  try {
    const { sessions } = profile(page);
    await page.reload();
    const rows = sessions.getByRole('listitem');
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toContainText('This device');
    // altogic-local cannot place an address offline: the address alone, as the server saw it
    await expect(rows.first()).toContainText(/ · (127\.0\.0\.1|::1|::ffff:127\.0\.0\.1) · Active now/);
    await expect(rows.filter({ hasText: 'Firefox on Linux #1' })).toContainText(/Firefox 128 · \S+ · Active now/);
    await expect(rows.filter({ hasText: 'Firefox on Linux #2' })).toHaveCount(1);
    await expect(rows.filter({ hasText: /Logged in / })).toHaveCount(3);

    await sessions.getByRole('button', { name: 'End session Firefox on Linux #2' }).click();
    await expect(sessions.getByRole('status')).toHaveText('The session of Firefox on Linux #2 is ended.');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: 'Firefox on Linux' })).not.toContainText('#');
  } finally {
    await Promise.all(others.map((other) => other.context.close()));
  }
});
