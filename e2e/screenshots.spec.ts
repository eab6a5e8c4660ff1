import { expect, test } from './fixtures';

/**
 * Not a check: writes shots/<viewport>-<lang>-<theme>.png for a person to look at
 * (`npm run screenshots`). The normal suite leaves this file out (playwright.config.ts).
 */
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'old-projector', width: 1024, height: 768 },
] as const;

test.describe('screenshots', () => {
  for (const viewport of VIEWPORTS) {
    for (const lang of ['en', 'zh'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        test(`${viewport.name} ${lang} ${theme}`, async ({ page }) => {
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          await page.addInitScript((t) => localStorage.setItem('tcp-lab:theme', t), theme);
          await page.goto(`./#s=close&step=6&lang=${lang}`);
          await expect(page.getByRole('slider')).toHaveValue('6');
          await page.screenshot({ path: `shots/${viewport.name}-${lang}-${theme}.png`, fullPage: viewport.name === 'phone' });
        });
      }
    }
  }
});

/** Not a check: writes shots/sandbox-<viewport>-<lang>.png for a person to look at (`npm run screenshots`). */
test.describe('sandbox screenshots', () => {
  for (const viewport of [
    { name: 'desktop', width: 1366, height: 768 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    for (const lang of ['en', 'zh'] as const) {
      test(`${viewport.name} ${lang}`, async ({ page }) => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.addInitScript(() => localStorage.setItem('tcp-lab:theme', 'light'));
        await page.goto(`./#mode=sandbox&a=s.listen.0,c.connect.1,c.listen.2&f=1.lose.2&step=3&lang=${lang}`);
        await expect(page.getByTestId('sandbox-call-result')).toBeVisible();
        await page.screenshot({ path: `shots/sandbox-${viewport.name}-${lang}.png` });
        await page.getByRole('button', { name: /^#1 SYN/ }).click();
        if (viewport.name === 'desktop') {
          await page.screenshot({ path: `shots/sandbox-${viewport.name}-${lang}-network.png` });
          return;
        }
        // A phone scrolls the whole page: the panel, one screen at a time.
        const box = await page.getByTestId('sandbox-panel').boundingBox();
        const top = Math.floor((box?.y ?? 0) + (await page.evaluate(() => window.scrollY)));
        for (let part = 0; part * viewport.height < (box?.height ?? 0); part++) {
          const clip = { x: 0, y: top + part * viewport.height, width: viewport.width, height: viewport.height };
          await page.screenshot({ path: `shots/sandbox-${viewport.name}-${lang}-panel-${part + 1}.png`, fullPage: true, clip });
        }
      });
    }
  }
});
