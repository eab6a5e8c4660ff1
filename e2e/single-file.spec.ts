import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures';
import { expectStep, stepCount } from './helpers';

// `npm run build:single` writes it; `npm test` builds it before the browser tests.
const SINGLE_FILE = resolve('dist-single/index.html');

test('the single-file build works opened from a folder (file://): every view, both languages, no request fails', async ({ page }) => {
  expect(existsSync(SINGLE_FILE), 'run `npm run build:single` first').toBe(true);
  const failures: string[] = [];
  page.on('requestfailed', (request) => failures.push(request.url().slice(0, 80)));
  page.on('pageerror', (error) => failures.push(error.message));

  await page.goto(`${pathToFileURL(SINGLE_FILE).href}#s=close&step=2&lang=en`);
  await expectStep(page, 2, stepCount('close'));
  await page.getByRole('button', { name: 'Next step' }).click();
  await expectStep(page, 3, stepCount('close'));

  // Each of these was a separate chunk in the normal build.
  for (const [button, dialog] of [
    ['What if it fails?', 'What if it fails here?'],
    ['Options', 'Options'],
    ['Learn', 'Learn'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: dialog })).toBeHidden();
  }
  await page.getByRole('radio', { name: /Sandbox/ }).click();
  await expect(page.getByRole('group', { name: 'Client socket calls' })).toBeVisible();

  await page.getByRole('radio', { name: /中文/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(failures).toEqual([]);
});
