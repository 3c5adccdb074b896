import { createVerifiedAccount, expect, mailLink, signInToProfile, test, type Portal } from 'portal-testing';

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
