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
    const live = page.locator('[aria-live="polite"]').filter({ hasText: 'Segment 4 selected' });
    await expect(live).toHaveText(/^Segment 4 selected: FIN, ACK\b.*\. Its header is shown in the header inspector\.$/);
  });
});
