import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The diagram scrolls inside its own box when the run is too long for it, and follows each step:
 * what the step sends and the names of the states it enters must be whole inside the box, not
 * cut at its bottom edge.
 */

interface Band {
  readonly top: number;
  readonly bottom: number;
}

/** What the diagram's box shows, page px: below its sticky header, down to its bottom edge. */
async function visibleBox(page: Page): Promise<Band> {
  return page.locator('.ladder').evaluate((box) => {
    const header = box.querySelector('.ladder__header')?.getBoundingClientRect().bottom ?? box.getBoundingClientRect().top;
    return { top: header, bottom: box.getBoundingClientRect().top + box.clientHeight };
  });
}

async function expectWithin(target: Locator, band: Band, what: string) {
  const box = await target.boundingBox();
  expect(box, what).not.toBeNull();
  if (!box) return;
  expect(box.y, `${what}: top`).toBeGreaterThanOrEqual(band.top - 1);
  expect(box.y + box.height, `${what}: bottom`).toBeLessThanOrEqual(band.bottom + 1);
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`${viewport.width}×${viewport.height}: the SYN,ACK the listener sends again at 1.1 s is in view down to where it is lost`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('./#s=syn-flood&step=7&lang=en');
    await expect(page.getByRole('heading', { name: /Step 7 of 22/ })).toBeVisible();
    await expect(page.getByText(/the listener sends its SYN, ACK .* again/)).toBeVisible();
    const resent = page.getByRole('button', { name: /^Segment 7: SYN, ACK/ });
    // Retried until it holds (bounded): the box scrolls in the frame after the step is drawn.
    await expect(async () => {
      const band = await visibleBox(page);
      await expectWithin(resent.locator('.ladder-arrow__origin'), band, 'where it leaves');
      await expectWithin(resent.locator('.ladder-arrow__cross'), band, 'its ✕');
    }).toPass({ timeout: 5000 });
  });
}

for (const lang of ['en', 'zh'] as const) {
  test(`phone (${lang}): the client's ESTABLISHED, written down its band from the "now" line, is whole in the diagram`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`./#s=syn-flood&step=7&lang=${lang}&profile=linux`);
    await expect(page.getByRole('slider')).toHaveValue('7');
    await expect(page.getByRole('img', { name: lang === 'en' ? 'Client state: ESTABLISHED' : /客户端.*ESTABLISHED/ })).toBeVisible();
    // The client's name is shown; the server's (entered at the next step) is not yet.
    const name = page.locator('.ladder-band__label--inside[visibility="visible"]', { hasText: /^ESTABLISHED$/ });
    await expect(name).toHaveCount(1);
    const drawing = await page.locator('.ladder__svg').boundingBox();
    await expect(async () => {
      const band = await visibleBox(page);
      await expectWithin(name, band, 'ESTABLISHED in the box');
      await expectWithin(name, { top: drawing?.y ?? 0, bottom: (drawing?.y ?? 0) + (drawing?.height ?? 0) }, 'ESTABLISHED in the drawing');
    }).toPass({ timeout: 5000 });
  });
}
