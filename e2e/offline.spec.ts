import { expect, test } from './fixtures';
import { expectStep, stepCount } from './helpers';

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
  await expectStep(page, 2, stepCount('close'));
  await page.getByRole('button', { name: 'Next step' }).click();
  await expectStep(page, 3, stepCount('close'));
  for (const [button, dialog] of [
    ['What if it fails?', 'What if it fails here?'],
    ['Options', 'Options'],
    ['Learn', 'Learn'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
    await page.keyboard.press('Escape');
  }
  await page.getByRole('radio', { name: /Sandbox/ }).click();
  await expect(page.getByRole('group', { name: 'Client socket calls' })).toBeVisible();
  await page.getByRole('radio', { name: /中文/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toBeVisible();
  await expect(page.getByRole('group', { name: '客户端的套接字调用' })).toBeVisible();
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
