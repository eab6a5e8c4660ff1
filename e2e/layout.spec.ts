import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { stateBadge } from './helpers';

/** Fully inside the window, with nothing to scroll to. */
async function expectInView(page: Page, locator: ReturnType<Page['locator']>) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box).not.toBeNull();
  if (!box || !viewport) return;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

for (const viewport of [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
]) {
  test(`${viewport.name}: all of the four-way close fits, beside the explanation and both badges`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./#s=close&step=6&lang=en');
    await expect(page.getByRole('slider')).toHaveValue('6');
    const ladder = page.locator('.ladder');
    await expect(ladder).toHaveClass(/ladder--fits/);
    expect(await ladder.evaluate((box) => box.scrollHeight <= box.clientHeight)).toBe(true);
    await expectInView(page, page.getByRole('region', { name: 'Sequence diagram' }));
    await expectInView(page, page.getByRole('heading', { name: /Step 6 of 13/ }));
    await expectInView(page, page.getByRole('link', { name: 'RFC 9293 §3.10.4' }));
    await expectInView(page, stateBadge(page, 'Client', 'FIN-WAIT-1'));
    await expectInView(page, stateBadge(page, 'Server', 'ESTABLISHED'));
  });
}

// Text for screen readers only, absolutely positioned in the side column, once escaped the
// column's scrolling: the page grew to the column's full length (2683 px at 1366×768) and a wheel
// over the header scrolled the whole app off the window, leaving it blank.
for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`${viewport.width}×${viewport.height}: the page itself does not scroll; a wheel over the header leaves the app in view`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('./#s=syn-flood&step=6&lang=en');
    await expect(page.getByRole('slider')).toHaveValue('6');
    const root = page.locator('html');
    expect(await root.evaluate((html) => html.scrollHeight)).toBeLessThanOrEqual(viewport.height);
    await page.mouse.move(viewport.width / 2, 5);
    await page.mouse.wheel(0, 2000);
    // The wheel's scroll, if any, has begun two frames later.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expectInView(page, page.getByRole('region', { name: 'Sequence diagram' }));
  });
}

// At 1100px in English the bar once left the step slider 0px wide: the words on Back, Play,
// Export and Present took its room; at 1024px "Step 19 of 19" ran under the speed menu.
for (const width of [1024, 1100, 1279, 1366]) {
  for (const lang of ['en', 'zh']) {
    test(`${width}px, ${lang}: the playback bar keeps the step slider wide enough to drag, all on one row`, async ({ page }) => {
      await page.setViewportSize({ width, height: 768 });
      // The last step of a 19-step scenario: the longest words beside the slider ("Step 19 of 19").
      await page.goto(`./#s=half-close&step=19&lang=${lang}`);
      const slider = page.getByRole('slider');
      await expect(slider).toHaveValue('19');
      const sliderBox = await slider.boundingBox();
      expect(sliderBox?.width).toBeGreaterThanOrEqual(80);
      const help = page
        .getByRole('group', { name: lang === 'en' ? 'Playback controls' : '播放控制' })
        .getByRole('button')
        .last();
      const helpBox = await help.boundingBox();
      expect(helpBox && sliderBox && Math.abs(helpBox.y + helpBox.height / 2 - (sliderBox.y + sliderBox.height / 2))).toBeLessThan(12);
      expect((helpBox?.x ?? Infinity) + (helpBox?.width ?? 0)).toBeLessThanOrEqual(width);
      // The words beside the slider are whole: nothing of them is hidden under the speed menu.
      const value = page.locator('.scrubber__value');
      expect(await value.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      const valueBox = await value.boundingBox();
      const speedBox = await page.getByRole('combobox', { name: lang === 'en' ? 'Speed' : '速度' }).boundingBox();
      expect((valueBox?.x ?? 0) + (valueBox?.width ?? 0)).toBeLessThanOrEqual(speedBox?.x ?? 0);
      // And the page is no wider than the window.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}

test('projector: large type', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./#s=close&step=3&lang=en');
  const px = (locator: ReturnType<Page['locator']>) => locator.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(await px(page.locator('.explanation__what'))).toBeGreaterThanOrEqual(26);
  // The arrows' type follows the diagram's layout, made again once its box has a size: a box the
  // browser has not laid out yet when the app first draws is measured at its next frame.
  await expect.poll(() => px(page.locator('.ladder__arrows'))).toBeGreaterThanOrEqual(19);
});

test('phone: the explanation comes right under the diagram, and nothing is wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#s=close&step=6&lang=en');
  await expect(page.getByRole('slider')).toHaveValue('6');
  const diagram = await page.getByRole('region', { name: 'Sequence diagram' }).boundingBox();
  const explanation = await page.getByRole('region', { name: 'Explanation' }).boundingBox();
  const state = await page.getByRole('region', { name: 'Connection state' }).boundingBox();
  expect(diagram && explanation && state).toBeTruthy();
  if (!diagram || !explanation || !state) return;
  expect(explanation.y).toBeGreaterThanOrEqual(diagram.y + diagram.height - 1);
  expect(state.y).toBeGreaterThan(explanation.y);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('a badge changes when the segment arrives, not when the step starts', async ({ page }) => {
    // Let the playhead glide for real, slowly, so there is time to look before the SYN lands.
    await page.addInitScript(() => Object.assign(window, { __SKIP_ANIMATIONS__: false }));
    await page.goto('./#s=handshake&step=2&lang=en');
    await expect(stateBadge(page, 'Server', 'LISTEN')).toBeVisible();
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('0.25');
    await page.getByRole('button', { name: 'Next step' }).click();
    // The step has begun (the explanation already tells it) but the SYN is still on its way.
    await expect(page.getByRole('heading', { name: /Step 3 of 5/ })).toBeVisible();
    await expect(stateBadge(page, 'Server', 'LISTEN')).toBeVisible();
    // It lands after about 3.6 s at quarter speed.
    await expect(stateBadge(page, 'Server', 'SYN-RECEIVED')).toBeVisible({ timeout: 10_000 });
  });
});
