import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures';
import { expectEveryViewOpens } from './helpers';

// `npm run build:single` writes it; `npm test` builds it before the browser tests.
const SINGLE_FILE = resolve('dist-single/index.html');

test('the single-file build works opened from a folder (file://): every view, both languages, no request fails', async ({ page }) => {
  expect(existsSync(SINGLE_FILE), 'run `npm run build:single` first').toBe(true);
  const failures: string[] = [];
  page.on('requestfailed', (request) => failures.push(request.url().slice(0, 80)));
  page.on('pageerror', (error) => failures.push(error.message));

  await page.goto(`${pathToFileURL(SINGLE_FILE).href}#s=close&step=2&lang=en`);
  // Every chunk of the normal build is inlined here.
  await expectEveryViewOpens(page);
  expect(failures).toEqual([]);
});

test.describe('a Chinese reader of the single-file build', () => {
  test.use({ locale: 'zh-CN' });

  test('gets its prerendered Chinese first screen, adopted without an error, and it works', async ({ page }) => {
    expect(existsSync(SINGLE_FILE), 'run `npm run build:single` first').toBe(true);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => document.querySelector('h1')?.setAttribute('data-seen-before-app', ''), {
        once: true,
      });
    });
    await page.goto(pathToFileURL(SINGLE_FILE).href);
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('slider', { name: '步骤' })).toHaveValue('1');
    await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toHaveAttribute('data-seen-before-app', '');
    expect(errors).toEqual([]);
  });
});
