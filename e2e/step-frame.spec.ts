import type { CDPSession, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface TraceEvent {
  readonly name: string;
  readonly ts: number;
  readonly args?: Record<string, unknown>;
}

/** The renderer's trace events while `act` runs, in time order. */
async function traced(cdp: CDPSession, act: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' });
  await act();
  await cdp.send('Tracing.end');
  await complete;
  return events.sort((a, b) => a.ts - b.ts);
}

/** syn-flood at step 3 on a laptop, the keys the page's (nothing focused); returns the slider. */
async function openAtStep3(page: Page, lang: 'en' | 'zh'): Promise<Locator> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`./#s=syn-flood&step=3&lang=${lang}`);
  const slider = page.getByRole('slider');
  await expect(slider).toHaveValue('3');
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  return slider;
}

// As most readers see it: each step glides (with animations skipped or reduced motion, a step
// lands at once, and its frame draws the whole step).
test.use({ skipAnimations: false, reducedMotion: 'no-preference' });

// Issue 8 (a step in one frame): the frame that shows a step lays out the slider and its
// "Step k of n", not the page around them (controls.css makes each a relayout boundary).
for (const lang of ['en', 'zh'] as const) {
  test(`a step lays out only the slider and its text (${lang})`, async ({ page }) => {
    const slider = await openAtStep3(page, lang);
    // The panels that follow the step a frame later settle first.
    await page.waitForTimeout(1500);
    const cdp = await page.context().newCDPSession(page);
    const events = await traced(cdp, async () => {
      await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveValue('4');
    });
    const key = events.find((e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === 'keydown');
    expect(key).toBeDefined();
    // The first layout after the key is the one in the step's own frame.
    const layout = events.find((e) => e.name === 'Layout' && e.ts > (key?.ts ?? 0));
    const begin = layout?.args?.beginData as { partialLayout?: boolean; totalObjects?: number } | undefined;
    expect(begin?.partialLayout).toBe(true);
    // 6 objects when this was written (the slider's parts and the text), against 620 for the page.
    expect(begin?.totalObjects).toBeLessThanOrEqual(12);
  });
}

test('the step text has room for the last step, so the slider keeps its width as the digits grow', async ({ page }) => {
  const slider = await openAtStep3(page, 'en');
  const width = async () => (await slider.boundingBox())?.width;
  const before = await width();
  await page.keyboard.press('End');
  await expect(page.locator('.scrubber__value')).toHaveText(/^Step (\d+) of \1$/);
  expect(await width()).toBe(before);
  // The widest text is whole, not cut by its box.
  expect(await page.locator('.scrubber__value').evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
});
