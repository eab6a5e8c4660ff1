import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

const PAPER = {
  A4: { widthMm: 210, heightMm: 297 },
  Letter: { widthMm: 215.9, heightMm: 279.4 },
} as const;
/** @page margin in handout.css. */
const MARGIN_MM = 12;
const PX_PER_MM = 96 / 25.4;

/**
 * In print media at the paper's printable width: the handout must be no taller than one page, and
 * no element may be wider than its box (text cut at the edge) or reach past the right margin.
 */
async function printedLayout(page: Page, paper: keyof typeof PAPER) {
  const { widthMm, heightMm } = PAPER[paper];
  const width = Math.floor((widthMm - 2 * MARGIN_MM) * PX_PER_MM);
  await page.setViewportSize({ width, height: Math.floor((heightMm - 2 * MARGIN_MM) * PX_PER_MM) });
  await page.emulateMedia({ media: 'print' });
  const layout = await page.locator('.handout').evaluate((handout, pageWidth) => {
    const cut = [...handout.querySelectorAll<HTMLElement>('*')]
      .filter((el) => !(el instanceof SVGElement))
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > pageWidth + 1)
      .map((el) => `${el.localName}.${el.className}: ${el.textContent?.slice(0, 40)}`);
    const box = handout.getBoundingClientRect();
    return {
      height: box.height,
      cut,
      steps: handout.querySelectorAll('li').length,
      figure: handout.querySelector('svg')?.getBoundingClientRect().height ?? 0,
    };
  }, width);
  await page.emulateMedia({ media: 'screen' });
  return { ...layout, pageHeight: (heightMm - 2 * MARGIN_MM) * PX_PER_MM };
}

const CASES = [
  { scenario: 'close', lang: 'en', steps: 13, title: 'Four-way close', keyPoint: 'Key point' },
  { scenario: 'close', lang: 'zh', steps: 13, title: '四次挥手', keyPoint: '要点' },
  { scenario: 'syn-flood', lang: 'en', steps: 22, title: null, keyPoint: 'Key point' },
  { scenario: 'syn-flood', lang: 'zh', steps: 22, title: null, keyPoint: '要点' },
] as const;

for (const { scenario, lang, steps, title, keyPoint } of CASES) {
  for (const paper of ['A4', 'Letter'] as const) {
    test(`the ${scenario} handout (${lang}) prints on one ${paper} page with nothing cut`, async ({ page }) => {
      await page.goto(`/#s=${scenario}&step=2&lang=${lang}`);
      await expect(page.getByRole('slider')).toHaveValue('2');
      // The handout's code loads and mounts after the first paint; a print asked for in that
      // instant would come before it (a person's Ctrl+P comes later), so print until it is there:
      // the page is not blank once the handout (drawn only while printing) has put text on it.
      let pdf: Buffer = Buffer.alloc(0);
      await expect
        .poll(async () => {
          pdf = await page.pdf({ format: paper });
          return pdf.toString('latin1');
        })
        .toMatch(/\/FontFile/);
      expect(pdfPageCount(pdf)).toBe(1);

      await page.emulateMedia({ media: 'print' });
      const handout = page.locator('.handout');
      if (title) await expect(handout.getByRole('heading', { level: 2 })).toHaveText(title);
      await expect(handout.getByRole('listitem')).toHaveCount(steps);
      await expect(handout.locator('.handout__key')).toContainText(keyPoint);
      await expect(page.getByRole('button', { name: /Next step|下一步/ })).toBeHidden();

      const layout = await printedLayout(page, paper);
      expect(layout.cut).toEqual([]);
      expect(layout.figure).toBeGreaterThan(200);
      expect(layout.height).toBeLessThanOrEqual(layout.pageHeight);
    });
  }
}

test('Print handout in the Export dialog prints the page', async ({ page }) => {
  await page.goto('/#s=close&step=2&lang=en');
  await page.evaluate(() => {
    Object.assign(window, { __printed: 0 });
    window.print = () => Object.assign(window, { __printed: (window as unknown as { __printed: number }).__printed + 1 });
  });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Print handout' }).click();
  expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
});

test('the checks can fail: a two-page PDF counts two, a blank page has no font', async ({ page }) => {
  await page.setContent('<p style="break-after: page">one</p><p>two</p>');
  expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(2);
  await page.setContent('<div></div>');
  expect((await page.pdf({ format: 'A4' })).toString('latin1')).not.toMatch(/\/FontFile/);
});

test('the handout is drawn only while printing: on screen its words are nowhere in the page', async ({ page }) => {
  await page.goto('/#s=close&step=2&lang=en');
  await expect(page.getByRole('slider')).toHaveValue('2');
  await expect(page.locator('.handout')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout li')).toHaveCount(13);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.handout')).toHaveCount(0);
});
