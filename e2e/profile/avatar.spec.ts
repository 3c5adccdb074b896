import { createVerifiedAccount, signInToProfile } from 'portal-testing';
import { bluePng, redPng, solidPng, svgPicture } from './fixtures/images';
import { expect, profile, test } from './fixtures/profileTest';

test('the header and the profile draw the same initials: first and last word of the name', async ({ page, portal }) => {
  const account = await createVerifiedAccount(portal, { label: 'initials', name: 'Augusta Ada King' });
  await signInToProfile(page, account);
  const { avatar } = profile(page);
  await expect(avatar.getByRole('img', { name: 'Your avatar: initials AK' })).toHaveText('AK');
  await expect(page.getByTestId('header-initials')).toHaveText('AK');
});

test('uploading an avatar twice shows each new picture in the profile and the header', async ({ signedIn: page }) => {
  const { avatar, header } = profile(page);
  const headerAvatar = header.getByRole('link').locator('img');
  await expect(avatar.getByRole('img', { name: /initials AL/ })).toBeVisible();

  const seen: string[] = [];
  for (const picture of [redPng(), bluePng()]) {
    await avatar.getByLabel('Change avatar').setInputFiles(picture);
    await expect(avatar.getByRole('status')).toHaveText('Your new avatar is saved.');
    const shown = avatar.getByRole('img', { name: 'Your avatar', exact: true });
    await expect(shown).toBeVisible();
    const src = (await shown.getAttribute('src'))!;
    expect(seen).not.toContain(src);
    seen.push(src);
    await expect(headerAvatar).toHaveAttribute('src', src);
    // the picture really loads (a broken URL has no natural size)
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(16);
    const served = await page.request.get(src);
    expect(served.headers()['content-type']).toBe('image/png');
    expect(Buffer.compare(await served.body(), picture.buffer)).toBe(0);
  }
  // the replaced picture is removed from storage
  expect((await page.request.get(seen[0]!)).status()).toBe(404);
});

test('a picture of the wrong type is refused before upload with an alert', async ({ signedIn: page }) => {
  const { avatar } = profile(page);
  const uploads: string[] = [];
  page.on('request', (request) => request.url().includes('/storage/') && uploads.push(request.url()));
  await avatar.getByLabel('Change avatar').setInputFiles(svgPicture());
  await expect(avatar.getByRole('alert')).toContainText('Choose a PNG, JPEG, WebP or GIF file');
  expect(uploads).toEqual([]);
});

test('a picture over 5 MiB is refused before upload with an alert', async ({ signedIn: page }) => {
  const { avatar } = profile(page);
  const big = { name: 'big.png', mimeType: 'image/png', buffer: Buffer.concat([redPng().buffer, Buffer.alloc(5 * 1024 * 1024)]) };
  await avatar.getByLabel('Change avatar').setInputFiles(big);
  await expect(avatar.getByRole('alert')).toHaveText('This picture is 5.0 MB; the limit is 5 MB. Choose a smaller file.');
});

test('Change avatar is reachable with the keyboard', async ({ signedIn: page }) => {
  const input = profile(page).avatar.getByLabel('Change avatar');
  await input.focus();
  await expect(input).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(redPng());
  await expect(profile(page).avatar.getByRole('status')).toHaveText('Your new avatar is saved.');
});

test('a big picture is uploaded at twice the size shown (192 px), in its own type', async ({ signedIn: page }) => {
  const { avatar } = profile(page);
  const big = { name: 'big-square.png', mimeType: 'image/png', buffer: solidPng([30, 160, 90], 600) };
  await avatar.getByLabel('Change avatar').setInputFiles(big);
  await expect(avatar.getByRole('status')).toHaveText('Your new avatar is saved.');
  const shown = avatar.getByRole('img', { name: 'Your avatar', exact: true });
  await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(192);
  const served = await page.request.get((await shown.getAttribute('src'))!);
  expect(served.headers()['content-type']).toBe('image/png');
  expect(await shown.evaluate((img: HTMLImageElement) => img.naturalHeight)).toBe(192);
});
