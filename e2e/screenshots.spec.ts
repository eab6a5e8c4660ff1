import { expect, test } from './fixtures';

/**
 * Not a check: writes shots/<viewport>-<lang>-<theme>.png for a person to look at. Runs only
 * when SHOTS=1, so the normal suite stays fast.
 */
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

test.describe('screenshots', () => {
  test.skip(!process.env.SHOTS, 'set SHOTS=1 to write screenshots');
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
