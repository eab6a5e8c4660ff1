import { expect, test } from './fixtures';
import { expectStep, stepCount } from './helpers';

// Every script fetched after the first paint (dialogs, the sandbox, the teaching text) fails
// until `network.restore()`: what a lost network does to a first visit.
async function breakLateChunks(page: import('@playwright/test').Page) {
  const state = { broken: false };
  await page.route(/\/assets\/.*\.js$/, (route) => (state.broken ? route.abort('internetdisconnected') : route.continue()));
  return {
    cut: () => {
      state.broken = true;
    },
    restore: () => {
      state.broken = false;
    },
  };
}

test('a dialog whose code cannot be fetched says so in place, the page keeps working, and Retry opens it', async ({ page }) => {
  const network = await breakLateChunks(page);
  await page.goto('./#s=close&step=2&lang=en');
  await expectStep(page, 2, stepCount('close'));
  network.cut();
  await page.getByRole('button', { name: 'Options', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeHidden();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expectStep(page, 3, stepCount('close'));
  network.restore();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('dialog', { name: 'Options' })).toBeVisible();
});

test('the sandbox whose code cannot be fetched says so in place, and Retry brings it', async ({ page }) => {
  const network = await breakLateChunks(page);
  // The sandbox's domain code is fetched once the page answers (src/main.tsx); its workbench, a
  // chunk of its own, only when the sandbox opens: that is the one the network loses.
  const sandboxCode = page.waitForResponse(/\/assets\/sandbox-[^/]*\.js$/);
  await page.goto('./#s=close&step=2&lang=en');
  await expectStep(page, 2, stepCount('close'));
  await sandboxCode;
  network.cut();
  await page.getByRole('radio', { name: /Sandbox/ }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toBeVisible();
  network.restore();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('group', { name: 'Client socket calls' })).toBeVisible();
});

test('a language whose text cannot be fetched is not switched to: the page, <html lang> and the switch agree, and a notice says why', async ({
  page,
}) => {
  const network = await breakLateChunks(page);
  await page.goto('./#s=close&step=2&lang=en');
  await expectStep(page, 2, stepCount('close'));
  network.cut();
  await page.getByRole('radio', { name: /中文/ }).click();
  await expect(page.getByRole('status').filter({ hasText: '中文 could not be loaded' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /English/ })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'TCP Handshake Lab' })).toBeVisible();
  network.restore();
  await page.getByRole('radio', { name: /中文/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  // A link to a later step scrolls the diagram to the top of a phone's screen, past the notice
  // above it; with the diagram's code lost there is no diagram to show, only an empty frame.
  test('a link whose diagram cannot be fetched shows the notice, not an empty frame with no word of why, and steps keep it in view', async ({
    page,
  }) => {
    await page.route(/\/assets\/panels-.*\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto('./#s=close&step=2&lang=en');
    const notice = page.getByText(/^Part of the lab could not be loaded/);
    const tryAgain = page.getByRole('button', { name: 'Try again' });
    await expect(notice).toBeInViewport({ ratio: 1 });
    await expect(tryAgain).toBeInViewport({ ratio: 1 });
    // A tap where the button is: Playwright's click would first scroll the sticky bar's button to
    // its place in the flow, which no finger does.
    await page.getByRole('button', { name: 'Next step' }).dispatchEvent('click');
    await expectStep(page, 3, stepCount('close'));
    await expect(notice).toBeInViewport({ ratio: 1 });
  });
});
