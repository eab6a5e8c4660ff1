import { expect, test } from './fixtures';

test('the app loads, names itself and throws no errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('./');

  await expect(page).toHaveTitle(/TCP Handshake Lab/);
  await expect(page.getByRole('heading', { level: 1, name: /TCP Handshake Lab/ })).toBeVisible();
  expect(await page.evaluate(() => (window as { __SKIP_ANIMATIONS__?: boolean }).__SKIP_ANIMATIONS__)).toBe(true);
  expect(errors).toEqual([]);
});
