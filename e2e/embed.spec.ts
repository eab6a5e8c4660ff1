import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

/**
 * A course page on another origin (its own port) that embeds the lab in a 640×360 iframe, as the
 * README's snippet does. The lab's origin is Playwright's baseURL.
 */
let host: Server;
let hostUrl = '';

test.beforeAll(async ({ baseURL }) => {
  const embedded = `${baseURL}/#s=close&embed=1&from=3&to=7&lang=en`;
  host = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><title>Course page</title><h1>Week 3: closing a connection</h1>
<iframe src="${embedded}" width="640" height="360" title="TCP four-way close, steps 3 to 7" style="border:1px solid #888"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

test('a 640×360 iframe on another origin shows the diagram, the caption and the step controls, locked to steps 3–7', async ({
  page,
  baseURL,
}) => {
  await page.goto(hostUrl);
  expect(new URL(hostUrl).origin).not.toBe(new URL(baseURL ?? '').origin);
  const frame = page.frameLocator('iframe');
  const slider = frame.getByRole('slider', { name: 'Step' });
  await expect(slider).toHaveValue('3');
  await expect(
    frame
      .getByRole('group', { name: /sequence diagram/i })
      .or(frame.getByRole('region', { name: /diagram/i }))
      .first(),
  ).toBeVisible();
  await expect(frame.locator('.step-caption')).toHaveText(/^Step 3 of 13\./);
  await expect(frame.getByText('Steps 3–7 of 13')).toBeVisible();
  // Just the diagram: no header, no explanation, no export.
  await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Export' })).toHaveCount(0);

  const next = frame.getByRole('button', { name: 'Next step' });
  for (let i = 0; i < 6; i++) if (await next.isEnabled()) await next.click();
  await expect(slider).toHaveValue('7');
  await expect(next).toBeDisabled();
  await expect(frame.locator('.step-caption')).toHaveText(/^Step 7 of 13\./);
  const back = frame.getByRole('button', { name: 'Previous step' });
  for (let i = 0; i < 6; i++) if (await back.isEnabled()) await back.click();
  await expect(slider).toHaveValue('3');
  await expect(back).toBeDisabled();

  // Everything fits the frame: nothing below its bottom edge, no page scroll.
  const fit = await frame.locator('body').evaluate(() => ({
    scroll: document.scrollingElement?.scrollHeight ?? 0,
    height: innerHeight,
    width: innerWidth,
    controlsBottom: document.querySelector('.controls-bar')?.getBoundingClientRect().bottom ?? Infinity,
  }));
  expect(fit.width).toBeLessThanOrEqual(640);
  expect(fit.scroll).toBeLessThanOrEqual(fit.height);
  expect(fit.controlsBottom).toBeLessThanOrEqual(fit.height);
});

test('the embed links back to the same moment in the full app, in a new tab', async ({ page, context }) => {
  await page.goto(hostUrl);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('button', { name: 'Next step' }).click();
  const link = frame.getByRole('link', { name: 'Open in TCP Handshake Lab (opens in a new tab)' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('href', /#s=close&step=4&lang=en&seq=rel$/);
  const [full] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expect(full.getByRole('heading', { level: 1, name: 'TCP Handshake Lab' })).toBeVisible();
  await expect(full.getByRole('slider', { name: 'Step' })).toHaveValue('4');
});

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`axe finds no violations in the embedded view: ${theme}, ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width: 640, height: 360 });
      await page.addInitScript((t) => localStorage.setItem('tcp-lab:theme', t), theme);
      await page.goto(`./#s=close&embed=1&from=2&to=9&step=4&lang=${lang}`);
      await expect(page.getByRole('slider')).toHaveValue('4');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
