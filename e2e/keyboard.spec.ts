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

test('? opens the shortcut list; Esc closes it and focus goes back', async ({ page }) => {
  await page.goto('./#s=handshake&step=0&lang=en');
  const helpButton = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await helpButton.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'Next step' })).toBeVisible();
  // Shortcuts are off while the dialog is open.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(helpButton).toBeFocused();
  await expectStep(page, 0, stepCount('handshake'));
});

test('arrow keys on the scrubber move it without double-stepping', async ({ page }) => {
  await page.goto('./#s=close&step=0&lang=en');
  const slider = page.getByRole('slider', { name: 'Step' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 1, stepCount('close'));
});
