import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectBadges, expectedStates, stepCount } from './helpers';
import { smallestVisibleText, visibleTextFaults, visibleTexts } from './visibleText';

/** Presenter mode (src/features/presenter): the projector layout, its keys, its speaker notes. */

const CLOSE_STEPS = stepCount('close');

/** The one-line caption of the projected step ("Step k of n. …"). */
function caption(page: Page) {
  return page.getByRole('main', { name: 'Presentation' }).locator('.step-caption');
}

async function expectPresentedStep(page: Page, k: number) {
  // "Step k of n. …", or at step 0 "Start: … Step 0 of n."
  await expect(caption(page)).toHaveText(new RegExp(`(^|\\s)Step ${k} of ${CLOSE_STEPS}\\.`));
  await expectBadges(page, expectedStates('close', k));
}

/** The tools and playback bar, faded out of the picture until the pointer moves. */
function chrome(page: Page) {
  return page.locator('.presenter__chrome');
}

/**
 * Moves the pointer down to the tools, as a teacher reaching for them does: they show, and stay
 * while the pointer rests on them.
 */
async function revealChrome(page: Page) {
  // The projector layout loads on demand: the pointer must move once it is there to listen.
  await page.waitForLoadState('networkidle');
  const { width, height } = page.viewportSize() ?? { width: 800, height: 600 };
  await page.mouse.move(width / 2, height / 2);
  await page.mouse.move(width / 2, height - 4, { steps: 4 });
  await expect(chrome(page)).toHaveCSS('opacity', '1');
  await page.mouse.move(width / 2 + 2, height - 3);
}

test.describe('presenter mode at 1366×768', () => {
  test('P and the Present button open the projector layout; Escape and Leave close it', async ({ page }) => {
    await page.goto('./#s=close&step=3&lang=en');
    await expect(page.getByRole('banner')).toBeVisible();
    await page.keyboard.press('p');
    await expect(page.getByRole('main', { name: 'Presentation' })).toBeVisible();
    await expectPresentedStep(page, 3);
    // Only the diagram, the badges and the caption: no header, no explanation, no TCB.
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Explanation' })).toHaveCount(0);
    await expect(page).toHaveURL(/present=1/);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page).not.toHaveURL(/present=1/);
    // The stage that had the focus is gone: the way back in takes it, not the page's body.
    await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();

    await page.getByRole('button', { name: 'Present' }).click();
    await expectPresentedStep(page, 3);
    await revealChrome(page);
    await page.getByRole('button', { name: 'Leave (Esc)' }).click();
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
    await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue('3');
  });

  test('the chrome stays hidden until the pointer moves', async ({ page }) => {
    await page.goto('./#s=close&step=3&lang=en&present=1');
    await expectPresentedStep(page, 3);
    await expect(chrome(page)).toHaveCSS('opacity', '0');
    await revealChrome(page);
    await expect(page.getByRole('button', { name: 'Next step' })).toBeVisible();
  });

  test('Tab into the tools shows them', async ({ page }) => {
    await page.goto('./#s=close&step=3&lang=en&present=1');
    await expectPresentedStep(page, 3);
    await expect(chrome(page)).toHaveCSS('opacity', '0');
    // Tab goes through the diagram's arrows, then into the tools: shown while focus is there.
    const leave = page.getByRole('button', { name: 'Leave (Esc)' });
    for (let i = 0; i < 10 && !(await leave.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(leave).toBeFocused();
    await expect(chrome(page)).toHaveCSS('opacity', '1');
  });

  test('clicker keys step: Page Down, →, Space forward; Page Up, ← back', async ({ page }) => {
    await page.goto('./#s=close&step=3&lang=en&present=1');
    await expectPresentedStep(page, 3);
    await page.keyboard.press('PageDown');
    await expectPresentedStep(page, 4);
    await page.keyboard.press('ArrowRight');
    await expectPresentedStep(page, 5);
    await page.keyboard.press(' ');
    await expectPresentedStep(page, 6);
    await page.keyboard.press('PageUp');
    await expectPresentedStep(page, 5);
    await page.keyboard.press('ArrowLeft');
    await expectPresentedStep(page, 4);
  });

  test('B and . blank the screen; any key brings it back without stepping', async ({ page }) => {
    await page.goto('./#s=close&step=3&lang=en&present=1');
    await expectPresentedStep(page, 3);
    const blank = page.getByTestId('presenter-blank');
    for (const [key, back] of [
      ['b', 'PageDown'],
      ['.', 'x'],
      ['b', 'b'],
    ] as const) {
      await page.keyboard.press(key);
      await expect(blank).toBeVisible();
      await expect(blank).toHaveCSS('background-color', 'rgb(0, 0, 0)');
      await expect(page.getByRole('status').filter({ hasText: 'The screen is blank' })).toHaveCount(1);
      // The black covers the whole window.
      expect(await blank.boundingBox()).toEqual({ x: 0, y: 0, width: 1366, height: 768 });
      await page.keyboard.press(back);
      await expect(blank).toHaveCount(0);
      await expectPresentedStep(page, 3);
    }
  });

  test('a presenter link opens presenter mode at its step', async ({ page }) => {
    await page.goto('./#s=close&step=7&lang=en&present=1');
    await expectPresentedStep(page, 7);
    await expect(page).toHaveURL(/#s=close&step=7&lang=en&seq=rel&present=1$/);
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/step=8.*present=1/);
  });

  test('Compare opens the two runs side by side over the projector layout; Escape closes it, not presenter mode', async ({ page }) => {
    await page.goto('./#s=close&step=0&lang=en&present=1');
    await expectPresentedStep(page, 0);
    await revealChrome(page);
    // Only a story that has a counterfactual offers it.
    await expect(page.getByRole('button', { name: 'Speaker notes' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Compare' })).toHaveCount(0);

    await page.goto('./#s=old-duplicate-syn&step=4&lang=en&present=1');
    await expect(caption(page)).toHaveText(/Step 4 of \d+\./);
    await revealChrome(page);
    await page.getByRole('button', { name: 'Compare' }).click();
    const dialog = page.getByRole('dialog', { name: 'Why three? Two runs side by side' });
    await expect(dialog).toBeVisible();
    const real = dialog.getByRole('region', { name: 'Old duplicate SYN' });
    const two = dialog.getByRole('region', { name: 'What if only two? (not real TCP)' });
    await expect(real.getByRole('group', { name: /^Sequence diagram/ })).toBeVisible();
    await expect(two.getByRole('group', { name: /^Sequence diagram/ })).toBeVisible();
    // Side by side, as the class compares them: in the projector's own type they stacked.
    const [a, b] = [await real.boundingBox(), await two.boundingBox()];
    expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x).toBe(true);
    // The clicker's keys belong to the dialog while it is open: the story stays at its step.
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue('4');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('main', { name: 'Presentation' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Compare' })).toBeFocused();
  });

  test('the speaker notes window stays in step, and either window drives', async ({ page, context }) => {
    await page.goto('./#s=close&step=3&lang=en&present=1');
    await expectPresentedStep(page, 3);
    await revealChrome(page);
    const [notes] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Speaker notes' }).click()]);
    await expect(notes.getByRole('heading', { level: 1, name: 'Speaker notes' })).toBeVisible();
    const count = notes.locator('.speaker-notes__count');
    await expect(count).toHaveText(`Step 3 of ${CLOSE_STEPS}.`);
    // The current step in full, the next one's caption, and the lesson's clock.
    const now = notes.getByRole('region', { name: 'Now' });
    await expect(now.getByRole('heading', { level: 2, name: 'Now' })).toBeVisible();
    await expect(now.getByText(/RFC 9293/).first()).toBeVisible();
    await expect(notes.getByRole('region', { name: 'Next' })).toContainText(`Step 4 of ${CLOSE_STEPS}.`);
    await expect(notes.getByTestId('lesson-timer')).toHaveText(/^\d+:\d\d$/);

    // The projected window drives the notes…
    await page.bringToFront();
    await page.keyboard.press('PageDown');
    await expectPresentedStep(page, 4);
    await expect(count).toHaveText(`Step 4 of ${CLOSE_STEPS}.`);
    // …and the notes drive the projected window, with keys and with buttons.
    await notes.bringToFront();
    await notes.keyboard.press('PageDown');
    await expect(count).toHaveText(`Step 5 of ${CLOSE_STEPS}.`);
    await expectPresentedStep(page, 5);
    await notes.getByRole('button', { name: 'Next step' }).click();
    await expectPresentedStep(page, 6);
    await notes.keyboard.press(' ');
    await expectPresentedStep(page, 7);
    await notes.getByRole('button', { name: 'Previous step' }).click();
    await expectPresentedStep(page, 6);

    // Pausing the clock in the notes says so.
    await notes.getByRole('button', { name: 'Pause timer' }).click();
    await expect(notes.getByText('(paused)')).toBeVisible();
    await notes.getByRole('button', { name: 'Resume timer' }).click();
    await expect(notes.getByText('(paused)')).toHaveCount(0);

    // Closing the projected window leaves the notes usable on their own.
    await page.close();
    await notes.keyboard.press('PageDown');
    await expect(count).toHaveText(`Step 7 of ${CLOSE_STEPS}.`);
  });

  test('closing the notes leaves the projected window as it was', async ({ page, context }) => {
    await page.goto('./#s=close&step=2&lang=en&present=1');
    await revealChrome(page);
    const [notes] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Speaker notes' }).click()]);
    await expect(notes.locator('.speaker-notes__count')).toHaveText(`Step 2 of ${CLOSE_STEPS}.`);
    await notes.close();
    await page.keyboard.press('PageDown');
    await expectPresentedStep(page, 3);
  });
});

/** Every drawn line of the diagram (lifelines, arrows, brackets, leaders…): its width on screen, px. */
function thinLines(page: Page, minPx: number) {
  return page.evaluate((min) => {
    const thin: string[] = [];
    for (const el of document.querySelectorAll<SVGGeometryElement>(
      '.ladder__svg line, .ladder__svg path, .ladder__svg polyline, .ladder__svg rect',
    )) {
      const style = getComputedStyle(el);
      if (style.stroke === 'none' || style.stroke === 'transparent' || Number(style.strokeOpacity) === 0) continue;
      if (style.display === 'none' || style.visibility === 'hidden' || !el.checkVisibility({ opacityProperty: true })) continue;
      // A filled shape (an arrowhead, a band) is seen by its fill; its outline is only a rounding.
      if (style.fill !== 'none' && !el.classList.contains('ladder-note__tag') && !el.classList.contains('ladder-mark__frame')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const m = el.getScreenCTM();
      const px = Number.parseFloat(style.strokeWidth) * (m ? Math.hypot(m.a, m.b) : 1);
      if (px < min - 0.01) thin.push(`${el.getAttribute('class') ?? el.tagName}: ${px.toFixed(2)} px`);
    }
    return thin;
  }, minPx);
}

/** Walks the close from start to end by the clicker key, checking each step. */
async function eachStep(page: Page, check: (k: number) => Promise<void>) {
  for (let k = 0; k <= CLOSE_STEPS; k++) {
    await expectPresentedStep(page, k);
    await check(k);
    if (k < CLOSE_STEPS) await page.keyboard.press('PageDown');
  }
}

for (const { width, height, floor } of [
  { width: 1920, height: 1080, floor: 28 },
  { width: 1024, height: 768, floor: 20 },
] as const) {
  test.describe(`readable from the back of a classroom: ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    for (const lang of ['en', 'zh'] as const) {
      test(`no text under ${floor} px, none turned, at every step of the close (${lang})`, async ({ page }) => {
        await page.goto(`./#s=close&step=0&lang=${lang}&present=1`);
        await expect(page.locator('.presenter')).toBeVisible();
        let smallest = Infinity;
        for (let k = 0; k <= CLOSE_STEPS; k++) {
          await expect(page.getByRole('slider')).toHaveValue(String(k));
          // Polled: the diagram lays itself out once it has measured its box.
          await expect.poll(() => visibleTextFaults(page, floor), { message: `step ${k}` }).toEqual([]);
          smallest = Math.min(smallest, await smallestVisibleText(page));
          if (k < CLOSE_STEPS) await page.keyboard.press('PageDown');
        }
        // The chrome too, once the pointer brings it up.
        await revealChrome(page);
        await expect.poll(() => visibleTextFaults(page, floor), { message: 'with the chrome shown' }).toEqual([]);
        smallest = Math.min(smallest, await smallestVisibleText(page));
        test.info().annotations.push({ type: 'smallest text', description: `${smallest} px at ${width}×${height} (${lang})` });
      });
    }

    test('every line of the diagram is at least 3 px wide', async ({ page }) => {
      await page.goto('./#s=close&step=0&lang=en&present=1');
      await eachStep(page, async (k) => {
        await expect.poll(() => thinLines(page, 3), { message: `step ${k}` }).toEqual([]);
      });
    });
  });
}

test.describe('presenter mode on a 1024×768 projector: arrows keep their seq and ack', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  for (const lang of ['en', 'zh'] as const) {
    test(`the SYN,ACK answering an old duplicate writes ack=991*, its label no smaller than 18 px (${lang})`, async ({ page }) => {
      await page.goto(`./#s=old-duplicate-syn&step=4&lang=${lang}&present=1`);
      await expect(page.locator('.presenter')).toBeVisible();
      // The third arrow: the server's SYN,ACK. It lost its numbers to the large type before.
      const label = page.locator('.presenter__diagram .ladder-arrow').nth(2).locator('.ladder-arrow__label');
      await expect(label).toContainText('ack=991*');
      await expect(label).toContainText('seq=0');
      const px = await label.evaluate(
        (node) => Number.parseFloat(getComputedStyle(node).fontSize) * (node.closest('svg')?.getScreenCTM()?.a ?? 1),
      );
      expect(px).toBeGreaterThanOrEqual(18);
    });
  }
});

test.describe('presenter mode on a phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the caption, both badges and the diagram fit the width, in type no smaller than the study layout’s', async ({ page }) => {
    await page.goto('./#s=close&step=6&lang=en');
    await expect(page.getByRole('slider')).toHaveValue('6');
    const studySmallest = await smallestVisibleText(page);
    await page.goto('./#s=close&step=6&lang=en&present=1');
    await expectPresentedStep(page, 6);
    await expect(page.getByRole('group', { name: /Sequence diagram/ })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    for (const pill of await page.locator('.state-badge__pill').all()) {
      const box = await pill.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    }
    // Sideways state names inside the bands are the phone's way in both layouts; only size counts here.
    const smaller = async () => (await visibleTexts(page)).filter((text) => text.px < studySmallest - 0.01);
    await expect.poll(smaller).toEqual([]);
  });
});

test.describe('high contrast', () => {
  test('the theme switch offers it, and the system asking for more contrast picks it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light', contrast: 'more' });
    await page.goto('./#s=close&step=3&lang=en');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    await expect(page.locator('body')).toHaveCSS('color', 'rgb(0, 0, 0)');
    await page.emulateMedia({ colorScheme: 'light', contrast: 'no-preference' });
    await expect(page.locator('body')).toHaveCSS('color', 'rgb(17, 24, 39)');
    await page.getByRole('radio', { name: 'Contrast' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    await expect(page.locator('body')).toHaveCSS('color', 'rgb(0, 0, 0)');
  });
});

for (const theme of ['light', 'dark', 'contrast'] as const) {
  for (const lang of theme === 'contrast' ? (['en', 'zh'] as const) : (['en'] as const)) {
    test(`axe finds no violations in presenter mode: ${theme} theme, ${lang}`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('tcp-lab:theme', t), theme);
      await page.goto(`./#s=close&step=6&lang=${lang}&present=1`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByRole('slider')).toHaveValue('6');
      // With the chrome shown, so its controls are checked too.
      await revealChrome(page);
      // In high contrast, AAA contrast too (color-contrast-enhanced).
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', ...(theme === 'contrast' ? ['wcag2aaa'] : [])];
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('axe finds no violations in the speaker notes window', async ({ page }) => {
  await page.goto('./?notes=1#s=close&step=6&lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Speaker notes' })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
