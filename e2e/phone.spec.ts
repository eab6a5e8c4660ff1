import type { Locator, Page } from '@playwright/test';
import { DEFAULT_OPTIONS, simulateScenario, type Trace } from '../src/engine';
import { expect, test } from './fixtures';

/**
 * A student on a phone (390×844), walking the four-way close by tapping Next. The playback bar
 * is sticky at the bottom, so "on screen" means between the top of the window and the top of the
 * bar, and, for what is drawn in the diagram, inside the diagram's own scrolled box.
 */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const trace = simulateScenario('close', DEFAULT_OPTIONS);
const n = trace.steps.length;

/** The segment step k is about: the one it received, else the first one it sent. */
function stepSegment(t: Trace, k: number): number | null {
  const step = t.steps[k - 1];
  if (!step) return null;
  if (step.input.kind === 'segment') return step.input.segmentId;
  return step.emitted[0] ?? null;
}

interface Rect {
  top: number;
  bottom: number;
}

async function visibleBand(page: Page): Promise<Rect> {
  const bar = await page.locator('#playback-controls').boundingBox();
  const ladder = await page.locator('.ladder').evaluate((box) => {
    const r = box.getBoundingClientRect();
    const header = box.querySelector('.ladder__header')?.getBoundingClientRect().height ?? 0;
    return { top: r.top + header, bottom: r.top + box.clientHeight };
  });
  expect(bar).not.toBeNull();
  return { top: Math.max(0, ladder.top), bottom: Math.min(bar?.y ?? 844, ladder.bottom) };
}

async function expectOnScreen(target: Locator, band: Rect) {
  const box = await target.boundingBox();
  expect(box, 'drawn').not.toBeNull();
  if (!box) return;
  expect(box.y).toBeGreaterThanOrEqual(band.top - 1);
  expect(box.y + box.height).toBeLessThanOrEqual(band.bottom + 1);
}

for (const lang of ['en', 'zh'] as const) {
  test(`tapping Next through the four-way close keeps the step's arrow and caption on screen (${lang})`, async ({ page }) => {
    await page.goto(`./#s=close&step=0&lang=${lang}`);
    // Parts that load after the first paint (the handout, the capture panel) can still move the
    // page in its first instant; a reader's first tap comes after that.
    await page.waitForLoadState('networkidle');
    const next = page.getByRole('button', { name: lang === 'en' ? 'Next step' : '下一步' });
    const diagram = page.locator('.panel--diagram');
    for (let k = 1; k <= n; k++) {
      // The reader scrolled down to the explanation before tapping.
      await page.mouse.wheel(0, 600);
      await next.tap();
      await expect(page.getByRole('slider')).toHaveValue(String(k));
      const caption = diagram.locator('.step-caption');
      await expect(caption).toContainText(lang === 'en' ? `Step ${k} of ${n}.` : `第 ${k} 步，共 ${n} 步。`);
      const id = stepSegment(trace, k);
      // A segment the step sends has only left its sender: its head is drawn from the next step on.
      const received = trace.steps[k - 1]?.input.kind === 'segment';
      // Retried until it holds (bounded): the page scrolls right after the step renders.
      await expect(async () => {
        const bar = await page.locator('#playback-controls').boundingBox();
        await expectOnScreen(caption, { top: 0, bottom: bar?.y ?? 844 });
        if (id === null) return;
        const band = await visibleBand(page);
        if (received) await expectOnScreen(diagram.locator(`[data-segment-id="${id}"] .ladder-arrow__head`), band);
        await expectOnScreen(diagram.locator(`[data-segment-id="${id}"] .ladder-arrow__origin`), band);
      }).toPass({ timeout: 5000 });
    }
  });
}

test('a link to a later step opens with its moment and caption on screen, above the bar', async ({ page }) => {
  // Step 10's own arrow leaves at that moment, so what must show is the "now" line where it
  // leaves, the arrow that came before it, and the caption that says which step this is.
  await page.goto('./#s=close&step=10&lang=en');
  await expect(page.getByRole('slider')).toHaveValue('10');
  const diagram = page.locator('.panel--diagram');
  await expect(async () => {
    const bar = await page.locator('#playback-controls').boundingBox();
    await expectOnScreen(diagram.locator('.step-caption'), { top: 0, bottom: bar?.y ?? 844 });
    const band = await visibleBand(page);
    const id = stepSegment(trace, 9);
    await expectOnScreen(diagram.locator(`[data-segment-id="${id}"] .ladder-arrow__head`), band);
    await expectOnScreen(diagram.locator('.ladder__playhead'), band);
  }).toPass({ timeout: 5000 });
});

test('every tap target is at least 44 × 44 px, with the settings folded and unfolded', async ({ page }) => {
  await page.goto('./#s=close&step=10&lang=en');
  const more = page.getByRole('button', { name: 'More settings' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  // Folded: language, numbers and theme are out of the way.
  await expect(page.getByRole('radio', { name: /Absolute/ })).toBeHidden();
  const header = await page.locator('header').boundingBox();
  expect(header?.height ?? 999).toBeLessThan(844 * 0.22);
  for (const unfolded of [false, true]) {
    if (unfolded) {
      await more.tap();
      await expect(more).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('radio', { name: /Absolute/ })).toBeVisible();
    }
    const smallTargets = () =>
      page.evaluate(() => {
        const targets = [...document.querySelectorAll('button, a[href], input, select, summary, [role="button"]')].filter((el) =>
          el.checkVisibility(),
        );
        return targets
          .map((el) => {
            const box = (el.closest('label') ?? el).getBoundingClientRect();
            return {
              name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName,
              w: box.width,
              h: box.height,
              top: box.top,
            };
          })
          .filter((t) => t.top > -50 && (t.w < 43.5 || t.h < 43.5));
      });
    // Polled: the diagram's arrows are laid out once it has measured its box.
    await expect.poll(smallTargets).toEqual([]);
  }
});
