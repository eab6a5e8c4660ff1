import { expect, test } from './fixtures';
import { expectEveryViewOpens, expectStep, stepCount } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('after one visit the app works offline: reload, every dialog, 中文 and the sandbox', async ({ page, context }) => {
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  await page.goto('./#s=close&step=2&lang=en');
  await expectStep(page, 2, stepCount('close'));
  // The worker has precached the build once it is active and controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expectEveryViewOpens(page);
  expect(failures).toEqual([]);
});

test('the page offers a web app manifest with installable icons', async ({ page, request }) => {
  await page.goto('./#s=handshake&step=0&lang=en');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).not.toBeNull();
  const manifest = await (await request.get(href ?? '')).json();
  expect(manifest).toMatchObject({ name: 'TCP Handshake Lab', display: 'standalone' });
  const sizes = (manifest.icons as { sizes: string }[]).map((icon) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons as { src: string }[]) expect((await request.get(icon.src)).ok()).toBe(true);
});
