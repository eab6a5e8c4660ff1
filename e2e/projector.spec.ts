import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { visibleTextFaults } from './visibleText';

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
    // A link to another moment is drawn once the app has run, which may come after the load event.
    await expect(page.getByRole('slider')).toHaveValue('6');
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

  for (const [lang, hash] of [
    ['en', 's=handshake&step=2'],
    ['zh', 's=close&step=9'],
  ] as const) {
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
