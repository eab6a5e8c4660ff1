import { DEFAULT_OPTIONS, simulateScenario, type Trace } from '../src/engine';
import { stepDurationMs } from '../src/playback/stepDuration';
import { buildTimeScale } from '../src/export/ladder/timeScale';
import { expect, test } from './fixtures';
import { expectBadges, expectedStates, expectStep, stepCount } from './helpers';

test('keyboard only: arrows, Page keys (clickers), Home and End move through the steps', async ({ page }) => {
  const n = stepCount('close');
  await page.goto('./#s=close&step=0&lang=en');
  await expectStep(page, 0, n);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await expectStep(page, 2, n);
  await expectBadges(page, expectedStates('close', 2));
  await page.keyboard.press('PageUp');
  await expectStep(page, 1, n);
  await page.keyboard.press('End');
  await expectStep(page, n, n);
  await page.keyboard.press('Home');
  await expectStep(page, 0, n);
});

test('Tab reaches the Next button and Space presses it (not play)', async ({ page }) => {
  await page.goto('./#s=handshake&step=0&lang=en');
  const next = page.getByRole('button', { name: 'Next step' });
  for (let i = 0; i < 40 && !(await next.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(next).toBeFocused();
  await page.keyboard.press('Space');
  await expectStep(page, 1, stepCount('handshake'));
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('Enter on Next at the last step, and on Back at the first, keeps the focus on the button', async ({ page }) => {
  const n = stepCount('handshake');
  await page.goto(`./#s=handshake&step=${n - 1}&lang=en`);
  const next = page.getByRole('button', { name: 'Next step' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expectStep(page, n, n);
  await expect(next).toBeDisabled();
  await expect(next).toBeFocused();
  // Pressed again, it does nothing: the step stays the last.
  await page.keyboard.press('Enter');
  await expectStep(page, n, n);

  const start = page.getByRole('button', { name: 'Go to start' });
  await start.focus();
  await page.keyboard.press('Enter');
  await expectStep(page, 0, n);
  await expect(start).toBeFocused();
});

test('? opens the shortcut list; Esc closes it and focus goes back', async ({ page }) => {
  await page.goto('./#s=handshake&step=0&lang=en');
  const helpButton = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await helpButton.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'Next step' })).toBeVisible();
  // Who owns the clicker's keys when a control has focus is written down for keyboard users.
  await expect(dialog.getByText(/Page Down and Page Up always move the lesson/)).toBeVisible();
  // Shortcuts are off while the dialog is open.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(helpButton).toBeFocused();
  await expectStep(page, 0, stepCount('handshake'));
});

test('Tab stays inside the shortcut list, as in every dialog', async ({ page }) => {
  await page.goto('./#s=handshake&step=0&lang=en');
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Tab']) {
    await page.keyboard.press(key);
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  }
});

test('arrow keys on the scrubber move it without double-stepping', async ({ page }) => {
  await page.goto('./#s=close&step=0&lang=en');
  const slider = page.getByRole('slider', { name: 'Step' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 1, stepCount('close'));
});

/*
 * A teacher with a presentation clicker changes a setting with the mouse mid-lesson: the
 * clicker's keys must still step the lesson, and the control must keep the value that was picked.
 */
test.describe('clicker after a mouse click on a control', () => {
  test('a scenario chosen in the menu: Page Down and → step it, the menu keeps the scenario', async ({ page }) => {
    await page.goto('./#s=handshake&step=0&lang=en');
    const menu = page.getByRole('combobox', { name: 'Scenario' });
    await menu.click();
    await page.keyboard.press('Escape');
    await menu.selectOption('close');
    const n = stepCount('close');
    await expectStep(page, 0, n);
    await page.keyboard.press('PageDown');
    await expectStep(page, 1, n);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2, n);
    await page.keyboard.press('PageUp');
    await expectStep(page, 1, n);
    await expect(menu).toHaveValue('close');
  });

  for (const { group, choice, check } of [
    { group: 'Sequence numbers', choice: /Absolute/, check: /Absolute/ },
    { group: 'Theme', choice: /Dark/, check: /Dark/ },
    { group: 'Language', choice: /中文/, check: /中文/ },
  ]) {
    test(`a toggle clicked (${group}): → and ← step, the toggle stays where it was put`, async ({ page }) => {
      await page.goto('./#s=close&step=3&lang=en');
      const n = stepCount('close');
      const radio = page.getByRole('radio', { name: choice });
      await radio.click();
      await expect(radio).toBeChecked();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowLeft');
      await expect(page.getByRole('slider')).toHaveValue('4');
      await expect(page.getByRole('radio', { name: check })).toBeChecked();
      expect(n).toBeGreaterThan(4);
    });
  }

  test('the step slider clicked: Page Down goes forward a step, not back', async ({ page }) => {
    await page.goto('./#s=close&step=0&lang=en');
    const n = stepCount('close');
    const slider = page.getByRole('slider', { name: 'Step' });
    await slider.click();
    const clicked = Number(await slider.inputValue());
    expect(clicked).toBeGreaterThan(0);
    expect(clicked).toBeLessThan(n);
    await page.keyboard.press('PageDown');
    await expectStep(page, clicked + 1, n);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, clicked + 2, n);
    await page.keyboard.press('PageUp');
    await expectStep(page, clicked + 1, n);
  });

  test('a button clicked (Previous step): Space plays the lesson instead of pressing the button again', async ({ page }) => {
    await page.goto('./#s=close&step=4&lang=en');
    const n = stepCount('close');
    await page.getByRole('button', { name: 'Previous step' }).click();
    await expectStep(page, 3, n);
    await page.keyboard.press('Space');
    // Animations are skipped in tests, so playing runs to the last step.
    await expectStep(page, n, n);
  });
});

test('keyboard access stays: a radio group reached with Tab moves with the arrow keys', async ({ page }) => {
  await page.goto('./#s=close&step=3&lang=en');
  const relative = page.getByRole('radio', { name: /Relative/ });
  for (let i = 0; i < 40 && !(await relative.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(relative).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: /Absolute/ })).toBeChecked();
  await expect(page.getByRole('slider')).toHaveValue('3');
  // Page Down still steps the lesson from there.
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('slider')).toHaveValue('4');
});

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('→ pressed 8 times quickly: the diagram catches up within one glide of the last step', async ({ page }) => {
    await page.addInitScript(() => Object.assign(window, { __SKIP_ANIMATIONS__: false }));
    await page.goto('./#s=close&step=1&lang=en');
    const n = stepCount('close');
    await expectStep(page, 1, n);
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { name: `Step 9 of ${n}` })).toBeVisible();
    // The last step's glide takes this long; a margin covers a busy machine, not a replay of 8 steps.
    const trace = simulateScenario('close', DEFAULT_OPTIONS);
    const bound = stepDurationMs(buildTimeScale(trace), timeAtStep(trace, 8), timeAtStep(trace, 9), 1) + 1500;
    const clock = page.getByRole('region', { name: 'Sequence diagram' }).getByText(/^now /);
    await expect(clock).toHaveText(`now ${timeAtStep(trace, 9)} ms`, { timeout: bound });
    await expectBadges(page, expectedStates('close', 9));
  });
});

function timeAtStep(trace: Trace, k: number): number {
  return trace.steps[k - 1]?.t ?? 0;
}
