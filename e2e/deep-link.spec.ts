import { expect, test } from './fixtures';
import { expectBadges, expectedStates, expectStep, stepCount } from './helpers';

test('a link opens paused at its step, and the link follows the steps without new history entries', async ({ page }) => {
  const n = stepCount('close');
  await page.goto('./#s=close&step=5&lang=en&seq=abs');
  await expectStep(page, 5, n);
  await expectBadges(page, expectedStates('close', 5));
  await expect(page.getByRole('radio', { name: /Absolute/ })).toBeChecked();
  const historyLength = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page).toHaveURL(/#s=close&step=7&lang=en&seq=abs$/);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test('a damaged link shows a notice and the three-way handshake, not a blank page', async ({ page }) => {
  await page.goto('./#s=no-such-scenario&step=banana');
  await expect(page.getByRole('status').filter({ hasText: 'a scenario called “no-such-scenario”, which does not exist' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'TCP Handshake Lab' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('handshake');
  await expectStep(page, 0, stepCount('handshake'));
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('no-such-scenario')).toBeHidden();
});

test('pure garbage in the hash still opens a working page', async ({ page }) => {
  await page.goto('./#%%%<script>alert(1)</script>');
  await expect(page.getByText('That link was damaged')).toBeVisible();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expectStep(page, 1, stepCount('handshake'));
});

test('a step past the end lands on the last step and says so', async ({ page }) => {
  const n = stepCount('handshake');
  await page.goto('./#s=handshake&step=999&lang=en');
  await expect(page.getByText(`That link pointed to step 999, but this scenario has ${n} steps`)).toBeVisible();
  await expectStep(page, n, n);
});

test('a link to an unknown scenario names it, in Chinese too', async ({ page }) => {
  await page.goto('./#s=nope&lang=zh');
  await expect(page.getByText('该链接要打开名为“nope”的场景，但没有这个场景；现显示三次握手。')).toBeVisible();
});

test('#scenario=nope&step=999 names the unknown scenario and the step, and opens the handshake at its start', async ({ page }) => {
  await page.goto('./#scenario=nope&step=999&lang=en');
  await expect(
    page.getByText(
      'That link asked for step 999 of a scenario called “nope”, which does not exist; showing the three-way handshake from the start instead.',
    ),
  ).toBeVisible();
  await expectStep(page, 0, stepCount('handshake'));
});

test('Copy link puts the current link on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#s=close&step=2&lang=en');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('#s=close&step=2');
});

test('“Skip to playback controls” moves focus to the controls and keeps the moment and the link', async ({ page }) => {
  const n = stepCount('close');
  await page.goto('./#s=close&step=5&lang=en&seq=rel');
  await expectStep(page, 5, n);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to playback controls' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#playback-controls')).toBeFocused();
  await expect(page).toHaveURL(/#s=close&step=5&lang=en&seq=rel$/);
  await expectStep(page, 5, n);
  await expect(page.getByText('That link was damaged')).toBeHidden();
});

test('“Link copied” moves nothing in the header', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#s=close&step=2&lang=en');
  const header = page.getByRole('banner');
  const copy = page.getByRole('button', { name: 'Copy link' });
  const picker = page.getByRole('combobox', { name: 'Scenario' });
  const before = { header: await header.boundingBox(), copy: await copy.boundingBox(), picker: await picker.boundingBox() };
  await copy.click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect({ header: await header.boundingBox(), copy: await copy.boundingBox(), picker: await picker.boundingBox() }).toEqual(before);
});
