import { expect, profile, test } from './fixtures/profileTest';

test('renaming updates the header without a reload', async ({ signedIn: page }) => {
  const { details } = profile(page);
  const headerName = page.getByTestId('header-user-name');
  await expect(headerName).toHaveText('Ada Lovelace');
  let reloaded = false;
  page.on('framenavigated', (frame) => (reloaded ||= frame === page.mainFrame()));

  await details.getByRole('button', { name: 'Change name' }).click();
  const input = details.getByRole('textbox', { name: 'Name', exact: true });
  await expect(input).toBeFocused();
  await input.fill('Grace Hopper');
  await input.press('Enter');

  await expect(details.getByRole('status')).toHaveText('Your name is saved.');
  await expect(headerName).toHaveText('Grace Hopper');
  await expect(details.getByRole('button', { name: 'Change name' })).toBeFocused();
  expect(reloaded).toBe(false);

  await page.reload();
  await expect(profile(page).details.getByText('Grace Hopper')).toBeVisible();
});

test('Escape cancels, and an empty name is refused with a message', async ({ signedIn: page }) => {
  const { details } = profile(page);
  await details.getByRole('button', { name: 'Change name' }).click();
  const input = details.getByRole('textbox', { name: 'Name', exact: true });
  await input.fill('Someone Else');
  await input.press('Escape');
  await expect(input).toHaveCount(0);
  await expect(details.getByText('Ada Lovelace')).toBeVisible();

  await details.getByRole('button', { name: 'Change name' }).click();
  await input.fill('   ');
  await input.press('Enter');
  await expect(details.getByText('Enter a name.')).toBeVisible();
});

test('a name with markup is shown as text', async ({ signedIn: page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
  const { details } = profile(page);
  await details.getByRole('button', { name: 'Change name' }).click();
  await details.getByRole('textbox', { name: 'Name', exact: true }).fill('<img src=x onerror=alert(1)>');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
  await expect(page.getByTestId('header-user-name')).toHaveText('<img src=x onerror=alert(1)>');
  expect(dialogs).toEqual([]);
});
