// The kit's fixtures themselves, beyond what the other specs use: sessions on several origins, the outbox handing
// out each mail once, and erasing an account.
import { endSession, expect, signIn, signInWithForm, test } from 'portal-testing';

test.describe('signedInPage on two origins', () => {
  // localhost and 127.0.0.1 are two origins with two localStorages, like a portal and a host page.
  test.use({ signedInOrigins: ['http://localhost:9000', 'http://127.0.0.1:9000'] });

  test('opens pages of each listed origin signed in', async ({ signedInPage: page, account }) => {
    for (const origin of ['http://localhost:9000', 'http://127.0.0.1:9000']) {
      await page.goto(`${origin}/profile`);
      await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Main' }).getByText(account.name)).toBeVisible();
    }
  });
});

test('outbox.next hands out each mail to an address once, in the order they came', async ({ portal, account, outbox }) => {
  const backend = await portal.backend();
  const sendMagicLink = () =>
    fetch(`${backend.url}/_api/rest/v1/auth/send-magic?email=${encodeURIComponent(account.email)}`, {
      method: 'POST',
      headers: { 'X-Client-Key': backend.clientKey },
    });
  expect((await sendMagicLink()).ok).toBe(true);
  const first = await outbox.next(account.email, { action: 'magic-link' });
  expect((await sendMagicLink()).ok).toBe(true);
  const second = await outbox.next(account.email, { action: 'magic-link' });
  expect(second.id).not.toBe(first.id);
  expect(second.link).not.toBe(first.link);
  expect((await outbox.all(account.email)).map((mail) => mail.id)).toEqual([first.id, second.id]);
});

test('resetBackend({ email }) erases the account: its session ends and it can no longer sign in', async ({
  page,
  portal,
  account,
  resetBackend,
}) => {
  const { token } = await signIn(portal, account);
  await resetBackend({ email: account.email });
  await expect(endSession(portal, token)).rejects.toThrow(/HTTP 401/);
  await page.goto('/login');
  await signInWithForm(page, account.email, account.password);
  await expect(page.getByRole('alert')).toContainText('The email or password is not right');
});
