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
