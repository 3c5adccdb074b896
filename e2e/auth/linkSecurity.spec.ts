import { createVerifiedAccount, expect, mailLink, signIn, signInToProfile, test, type Portal } from 'portal-testing';
import type { Page } from '@playwright/test';

/** The attacker asks for a magic link to their own account, from their own machine (never the victim's browser). */
async function attackersOwnLink(portal: Portal, email: string): Promise<string> {
  const backend = await portal.backend();
  const sent = await fetch(`${backend.url}/_api/rest/v1/auth/send-magic?email=${encodeURIComponent(email)}`, {
    method: 'POST',
    headers: { 'X-Client-Key': backend.clientKey },
  });
  expect(sent.ok, await sent.text()).toBe(true);
  return mailLink(portal, email, 'magic-link');
}

/** How the server answers a call made with `token`: 200 while the session lives, 401 once it has ended. */
async function sessionStatus(portal: Portal, token: string): Promise<number> {
  const backend = await portal.backend();
  const answer = await fetch(`${backend.url}/_api/rest/v1/auth/user`, {
    headers: { 'x-client': 'altogic-js', 'x-client-key': backend.clientKey, session: token },
  });
  return answer.status;
}

/** The sessions the server keeps for an account (signing in for the look adds one: it is counted). */
async function liveSessions(portal: Portal, account: { email: string; password: string }): Promise<number> {
  const backend = await portal.backend();
  const { token } = await signIn(portal, account);
  const answer = await fetch(`${backend.url}/_api/rest/v1/auth/sessions`, {
    headers: { 'x-client': 'altogic-js', 'x-client-key': backend.clientKey, session: token },
  });
  expect(answer.ok).toBe(true);
  return ((await answer.json()) as unknown[]).length;
}

const storedToken = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('shared-auth:session') ?? '{}') as { token?: string }).token);

// Login CSRF: a link carrying the attacker's unused magic-link token must not switch a signed-in victim.
test("an attacker's magic link asks a signed-in victim first, and the victim can stay", async ({ page, portal }) => {
  const victim = await createVerifiedAccount(portal, 'csrf-victim');
  const attacker = await createVerifiedAccount(portal, 'csrf-attacker');
  await signInToProfile(page, victim);

  await page.goto(await attackersOwnLink(portal, attacker.email));
  await expect(page.getByRole('heading', { level: 1, name: `Log in as ${attacker.email}?` })).toBeVisible();
  await expect(page.getByText(`You are logged in as ${victim.email}`)).toBeVisible();

  await page.getByRole('button', { name: `Stay logged in as ${victim.email}` }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('main').getByText(victim.email, { exact: true }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('main').getByText(victim.email, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('main').getByText(attacker.email)).toHaveCount(0);
});

test('a magic link this browser did not ask for signs in only after "Continue as"', async ({ page, portal }) => {
  const account = await createVerifiedAccount(portal, 'other-device');
  await page.goto(await attackersOwnLink(portal, account.email));
  await expect(page.getByRole('heading', { level: 1, name: `Log in as ${account.email}?` })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log in' })).toBeVisible();

  await page.getByRole('button', { name: `Continue as ${account.email}` }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('main').getByText(account.email, { exact: true }).first()).toBeVisible();
});

test('the token leaves the address bar before any micro-frontend code runs', async ({ page }) => {
  // The HTML may preload remote entries; what matters is that none of their code sees the token in the URL.
  await page.route('**/remoteEntry.js', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-encoding'];
    delete headers['content-length'];
    const probe = 'globalThis.__urlsSeenByRemotes = [...(globalThis.__urlsSeenByRemotes ?? []), location.href];\n';
    await route.fulfill({ status: response.status(), headers, body: probe + (await response.text()) });
  });
  await page.goto('/auth-redirect?access_token=not-a-real-token&action=magic-link&status=200');
  await expect(page.getByRole('alert')).toBeVisible();
  const seen = await page.evaluate(() => (globalThis as unknown as { __urlsSeenByRemotes?: string[] }).__urlsSeenByRemotes ?? []);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.filter((url) => url.includes('access_token'))).toEqual([]);
  expect(page.url()).not.toContain('access_token');
});

// Switching accounts through a link is a logout of the first one: its session must end on the server as well, or a
// copy of its token (another tab's memory, a leaked storage dump) keeps working after the user left the account.
test('"Continue as" a link\'s account ends the previous session on the server', async ({ page, portal }) => {
  const first = await createVerifiedAccount(portal, 'switch-from');
  const second = await createVerifiedAccount(portal, 'switch-to');
  await signInToProfile(page, first);
  const firstToken = await storedToken(page);
  expect(firstToken).toBeTruthy();
  expect(await sessionStatus(portal, firstToken!)).toBe(200);

  await page.goto(await attackersOwnLink(portal, second.email));
  await page.getByRole('button', { name: `Continue as ${second.email}` }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('main').getByText(second.email, { exact: true }).first()).toBeVisible();
  expect(await sessionStatus(portal, firstToken!)).toBe(401);
});

// The link's grant opened a session before the user was asked: declining must not leave it alive on the server.
test('a declined link leaves no session of its account behind', async ({ page, portal }) => {
  const victim = await createVerifiedAccount(portal, 'decline-victim');
  const other = await createVerifiedAccount(portal, 'decline-link');
  await signInToProfile(page, victim);

  await page.goto(await attackersOwnLink(portal, other.email));
  await page.getByRole('button', { name: `Stay logged in as ${victim.email}` }).click();
  await expect(page).toHaveURL(/\/profile$/);
  // Only the session made to look at the list.
  expect(await liveSessions(portal, other)).toBe(1);
});

// A shared computer: the link's owner leaves the question unanswered (goes elsewhere in the portal); the next person
// must not bring it back with the Back button and sign in as the owner. Leaving the question is declining it.
test('a link question left unanswered is declined: Back does not bring it back, and its session ends', async ({ page, portal }) => {
  const owner = await createVerifiedAccount(portal, 'walked-away');
  await page.goto(await attackersOwnLink(portal, owner.email));
  await expect(page.getByRole('button', { name: `Continue as ${owner.email}` })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/login$/);

  await page.goBack();
  await expect(page).toHaveURL(/\/auth-redirect$/);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('button', { name: `Continue as ${owner.email}` })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log in' })).toBeVisible();
  expect(await liveSessions(portal, owner)).toBe(1);
});
