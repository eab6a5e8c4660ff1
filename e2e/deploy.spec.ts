import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { expect, test } from './fixtures';
import { expectStep, stepCount } from './helpers';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};

// GitHub Pages and most school web servers put a site under a folder, not at the root. Here the
// browser is served dist/ from /courses/networks/tcp-lab/ by a route handler, nothing else.
test('the built site works from a sub-path: every asset is found, every view opens', async ({ page, baseURL }) => {
  const prefix = '/courses/networks/tcp-lab/';
  const missing: string[] = [];
  await page.route(`${baseURL}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (!url.pathname.startsWith(prefix)) {
      missing.push(url.pathname);
      return route.fulfill({ status: 404, body: 'not under the sub-path' });
    }
    const file = normalize(join('dist', url.pathname.slice(prefix.length) || 'index.html'));
    if (!file.startsWith('dist') || !existsSync(file)) {
      missing.push(url.pathname);
      return route.fulfill({ status: 404, body: 'missing' });
    }
    return route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
  });
  await page.goto(`${baseURL}${prefix}#s=close&step=4&lang=en`);
  await expectStep(page, 4, stepCount('close'));
  await page.getByRole('button', { name: 'Options', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Options' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: /中文/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toBeVisible();
  expect(missing).toEqual([]);
});
