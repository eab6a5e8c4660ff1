import { createSimStore, loadSandboxParts, selectTrace, writeLink } from '../src/store';
import { expect, test } from './fixtures';

// The sandbox's buttons take its code, which the app fetches when needed: the test makes its
// session with them too.
test.beforeAll(async () => {
  await loadSandboxParts();
});

/** A learner's long sandbox session, made with the buttons' own actions: ~1,600 steps (issue 10 item 10). */
function longSession(actions: number): { hash: string; segments: number } {
  const store = createSimStore({ mode: 'sandbox' });
  const state = () => store.getState();
  for (let i = 0; i < actions; i++) {
    state().goToEnd();
    if (i === 0) state().sandboxCall('server', 'listen');
    else if (i === 1) state().sandboxCall('client', 'connect');
    else state().sandboxCall(i % 2 ? 'client' : 'server', 'send');
  }
  state().goToEnd();
  return { hash: writeLink(state()), segments: selectTrace(state()).segments.length };
}

const diagram = (page: import('@playwright/test').Page) => page.getByRole('group', { name: /Sequence diagram/ });
const arrows = (page: import('@playwright/test').Page) => diagram(page).getByRole('button', { name: /^Segment \d+:/ });
const segmentNumber = async (locator: import('@playwright/test').Locator) =>
  Number(/^Segment (\d+):/.exec((await locator.getAttribute('aria-label')) ?? '')?.[1]);

test('a 400-action session draws the rows near the view; Shift+Tab still walks every arrow in order', async ({ page }) => {
  // Simulating and laying out 1,600 steps twice (here and in the page) on a shared CI machine.
  test.setTimeout(180_000);
  const { hash, segments } = longSession(400);
  await page.goto(`./${hash}`);
  await expect(page.getByRole('radio', { name: 'Sandbox' })).toBeChecked({ timeout: 60_000 });
  // At the end of the story: the last segment is drawn, the first ones (far above) are not.
  await expect(diagram(page).getByRole('button', { name: new RegExp(`^Segment ${segments}:`) })).toBeInViewport();
  // Once the box has scrolled there (a frame later), the rows at the top are no longer drawn.
  await expect(diagram(page).getByRole('button', { name: /^Segment 1:/ })).toHaveCount(0, { timeout: 30_000 });
  const drawn = await arrows(page).count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(segments / 4);

  // Keyboard: from the first arrow drawn, Shift+Tab goes to the one before it, past the drawn rows.
  let expected = await segmentNumber(arrows(page).first());
  await arrows(page).first().focus();
  for (let i = 0; i < drawn + 5; i++) {
    await page.keyboard.press('Shift+Tab');
    expected -= 1;
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', new RegExp(`^Segment ${expected}:`));
  }
  // The arrows stay in the page in their order (what a screen reader reads).
  const ids = await arrows(page).evaluateAll((all) => all.map((a) => Number(a.getAttribute('data-segment-id'))));
  expect(ids).toEqual([...ids].sort((a, b) => a - b));

  // Scrolled to the middle by hand, the middle is drawn.
  await page.locator('.ladder').evaluate((box) => (box.scrollTop = box.scrollHeight / 2));
  await expect
    .poll(async () => {
      const now = await arrows(page).evaluateAll((all) => all.map((a) => Number(a.getAttribute('data-segment-id'))));
      return now.some((id) => Math.abs(id - segments / 2) < 40);
    })
    .toBe(true);
});
