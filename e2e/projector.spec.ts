import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Fully inside `container` (a scrolled box) and inside the window. */
async function expectWithin(page: Page, target: Locator, container: Locator) {
  const viewport = page.viewportSize();
  await expect
    .poll(async () => {
      const [box, outer] = await Promise.all([target.boundingBox(), container.boundingBox()]);
      if (!box || !outer || !viewport) return false;
      const top = Math.max(outer.y, 0);
      const bottom = Math.min(outer.y + outer.height, viewport.height);
      return box.y >= top - 1 && box.y + box.height <= bottom + 1;
    })
    .toBe(true);
}

test.describe('laptop, 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('clicking an arrow brings its header into view and says so in a live region', async ({ page }) => {
    await page.goto('./#s=close&step=10&lang=en');
    const column = page.locator('.side-panels');
    const caption = page.getByText('TCP header of segment 4', { exact: true });
    // Before: the inspector is below the fold of the side column.
    await expect(page.getByText(/TCP header of segment \d/)).not.toBeInViewport();
    await page.getByRole('button', { name: /^Segment 4: FIN, ACK/ }).click();
    await expect(page.getByRole('button', { name: /^Segment 4: FIN, ACK/ })).toHaveAttribute('aria-pressed', 'true');
    await expectWithin(page, caption, column);
    // Only the side column scrolled: the page itself stays put, header and playback bar in view.
    await expect.poll(async () => (await page.getByRole('banner').boundingBox())?.y).toBe(0);
    await expect(page.getByRole('button', { name: 'Next step' })).toBeInViewport();
    const live = page.locator('[aria-live="polite"]').filter({ hasText: 'Segment 4 selected' });
    await expect(live).toHaveText(/^Segment 4 selected: FIN, ACK\b.*\. Its header is shown in the header inspector\.$/);
  });
});

interface TextFault {
  readonly text: string;
  readonly px: number;
  readonly angle: number;
  readonly writingMode: string;
}

/**
 * Every text node a person can see right now: rendered, not visually hidden, and inside both the
 * window and any scrolled box around it. Its size is the computed font size times the SVG's scale
 * (the diagram's viewBox), its angle that of the SVG transform; vertical writing counts as rotated.
 * One exception: an arrow's label runs along its arrow (a few degrees of slant, as sequence
 * diagrams are drawn); turned sideways (the old vertical state names) is rotated.
 */
function visibleTextFaults(page: Page, minPx: number): Promise<TextFault[]> {
  return page.evaluate((min) => {
    const faults: TextFault[] = [];
    const clipRect = (el: Element) => {
      let rect = { top: 0, bottom: window.innerHeight, left: 0, right: window.innerWidth };
      for (let box = el.parentElement; box; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowY === 'visible' && style.overflowX === 'visible') continue;
        const r = box.getBoundingClientRect();
        rect = { top: Math.max(rect.top, r.top), bottom: Math.min(rect.bottom, r.bottom), left: Math.max(rect.left, r.left), right: Math.min(rect.right, r.right) };
      }
      return rect;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      if (el.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      const clip = clipRect(el);
      if (r.width < 2 || r.height < 2 || r.bottom <= clip.top || r.top >= clip.bottom || r.right <= clip.left || r.left >= clip.right) continue;
      const style = getComputedStyle(el);
      let px = Number.parseFloat(style.fontSize);
      let angle = 0;
      if (el instanceof SVGGraphicsElement) {
        const m = el.getScreenCTM();
        if (m) {
          px *= Math.hypot(m.a, m.b);
          angle = Math.round((Math.atan2(m.b, m.a) * 180) / Math.PI);
        }
      } else if (style.transform !== 'none') {
        const m = new DOMMatrix(style.transform);
        angle = Math.round((Math.atan2(m.b, m.a) * 180) / Math.PI);
      }
      const alongArrow = el.closest('.ladder-arrow__label') !== null && Math.abs(angle) <= 30;
      if (px < min - 0.01 || (angle !== 0 && !alongArrow) || !style.writingMode.startsWith('horizontal')) {
        faults.push({ text: text.slice(0, 40), px: Math.round(px * 10) / 10, angle, writingMode: style.writingMode });
      }
    }
    return faults;
  }, minPx);
}

test.describe('classroom projector, 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  for (const lang of ['en', 'zh'] as const) {
    test(`no text under 14 px and none rotated, through the four-way close (${lang})`, async ({ page }) => {
      await page.goto(`./#s=close&step=0&lang=${lang}`);
      const next = page.getByRole('button', { name: lang === 'en' ? 'Next step' : '下一步' });
      for (const k of [0, 3, 6, 10, 13]) {
        while (Number(await page.getByRole('slider').inputValue()) < k) await next.click();
        await expect(page.getByRole('slider')).toHaveValue(String(k));
        // Polled: the diagram lays itself out once it has measured its box (a frame or two after load).
        await expect.poll(() => visibleTextFaults(page, 14), { message: `step ${k}` }).toEqual([]);
      }
    });
  }

  test('header and playback bar take one row each; the header inspector and the folded settings read at 14 px', async ({ page }) => {
    await page.goto('./#s=close&step=6&lang=en');
    const rowHeight = 64;
    expect((await page.locator('header').boundingBox())?.height ?? 999).toBeLessThan(rowHeight);
    expect((await page.locator('#playback-controls').boundingBox())?.height ?? 999).toBeLessThan(rowHeight);
    // The header inspector, brought into view by selecting an arrow: its flags stand upright too.
    await page.getByRole('button', { name: /^Segment 4: FIN, ACK/ }).click();
    await expect(page.getByText('TCP header of segment 4', { exact: true })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'ACK: 1, set' })).toBeInViewport();
    await expect.poll(() => visibleTextFaults(page, 14)).toEqual([]);
    const more = page.getByRole('button', { name: 'More settings' });
    await more.click();
    await expect(page.getByRole('radio', { name: /Absolute/ })).toBeVisible();
    await expect.poll(() => visibleTextFaults(page, 14)).toEqual([]);
  });

  for (const [lang, hash] of [['en', 's=handshake&step=2'], ['zh', 's=close&step=9']] as const) {
    test(`both state badges show their whole name (${lang})`, async ({ page }) => {
      await page.goto(`./#${hash}&lang=${lang}`);
      const pills = page.locator('.state-badge__pill');
      await expect(pills).toHaveCount(2);
      for (const pill of await pills.all()) {
        const fits = await pill.evaluate((el) => {
          const name = el.querySelector('.state-badge__name') as HTMLElement;
          const box = el.getBoundingClientRect();
          const column = (el.closest('.state-badge') as HTMLElement).getBoundingClientRect();
          return name.getBoundingClientRect().right <= box.right && box.right <= column.right + 0.5;
        });
        expect(fits).toBe(true);
      }
    });
  }
});
