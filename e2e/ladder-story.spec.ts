import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Where a drawn line ends (its x2, y2), in page pixels. */
function lineEnd(line: Locator): Promise<{ x: number; y: number }> {
  return line.evaluate((el: SVGLineElement) => {
    const point = new DOMPoint(Number(el.getAttribute('x2')), Number(el.getAttribute('y2'))).matrixTransform(
      el.getScreenCTM() ?? undefined,
    );
    return { x: point.x, y: point.y };
  });
}

function lineStart(line: Locator): Promise<{ x: number; y: number }> {
  return line.evaluate((el: SVGLineElement) => {
    const point = new DOMPoint(Number(el.getAttribute('x1')), Number(el.getAttribute('y1'))).matrixTransform(
      el.getScreenCTM() ?? undefined,
    );
    return { x: point.x, y: point.y };
  });
}

const arrowLine = (page: Page, id: number) => page.locator(`[data-segment-id="${id}"] .ladder-arrow__line`);
const stateName = (page: Page, state: string) =>
  page.locator('.ladder-notes__side--client .ladder-note--state text', { hasText: new RegExp(`^${state}$`) });

test('lost SYN,ACK: the client is ESTABLISHED where the retransmitted SYN,ACK arrives, below the bare ACK that reached it first', async ({
  page,
}) => {
  await page.goto('./#s=syn-ack-lost&step=8&lang=en');
  await expect(page.getByRole('heading', { name: /Step 8 of 9/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Segment 5: SYN, ACK/ })).toBeVisible();
  const bareAck = await lineEnd(arrowLine(page, 4));
  const synAck = await lineEnd(arrowLine(page, 5));
  const established = await stateName(page, 'ESTABLISHED').boundingBox();
  expect(established).not.toBeNull();
  // The state's name hangs just below the arrival that caused it, not below the bare ACK's.
  expect(synAck.y).toBeGreaterThan(bareAck.y + 10);
  expect(Math.abs((established?.y ?? 0) - synAck.y)).toBeLessThan(12);
  expect(established?.y ?? 0).toBeGreaterThan(bareAck.y + 5);
  // The ACK it sends leaves from there.
  const ack = await lineStart(arrowLine(page, 6));
  expect(Math.abs(ack.y - synAck.y)).toBeLessThan(1);
});

test('close in three segments: CLOSE-WAIT is named on the server’s lifeline at the FIN, with read() returning 0 under it', async ({
  page,
}) => {
  await page.goto('./#s=close-fin-ack&step=7&lang=en');
  await expect(page.getByRole('heading', { name: /Step 7 of 11/ })).toBeVisible();
  const closeWait = page.locator('.ladder-notes__side--server .ladder-note--state text', { hasText: /^CLOSE-WAIT$/ });
  await expect(closeWait).toBeVisible();
  const fin = await lineEnd(arrowLine(page, 4));
  const name = await closeWait.boundingBox();
  const eof = await page.getByRole('img', { name: 'Server application: read() returns 0 (end of file)' }).boundingBox();
  expect(name && eof).toBeTruthy();
  expect(Math.abs((name?.y ?? 0) - fin.y)).toBeLessThan(20);
  expect(eof?.y ?? 0).toBeGreaterThan(name?.y ?? Infinity);
  expect((eof?.y ?? 0) - fin.y).toBeLessThan(60);
});

test('why three: the old duplicate comes from an old connection, not from the CLOSED client', async ({ page }) => {
  await page.goto('./#s=old-duplicate-syn&step=0&lang=en');
  await expect(page.getByRole('img', { name: /Where the old duplicate comes from/ })).toBeVisible();
  await expect(page.getByText('from an old connection')).toBeVisible();
  const clientLifeline = await page.locator('.ladder__lifeline').first().boundingBox();
  const start = await lineStart(arrowLine(page, 1));
  expect(start.x).toBeGreaterThan((clientLifeline?.x ?? 0) + 20);
});

test('why three: the two-way counterfactual says "Not TCP" on the diagram, in both languages', async ({ page }) => {
  await page.goto('./#s=two-way-handshake&step=3&lang=en');
  await expect(page.getByRole('group', { name: /Sequence diagram/ }).getByRole('note')).toHaveText(/Not TCP/);
  await page.goto('./#s=two-way-handshake&step=3&lang=zh');
  await page.reload();
  await expect(page.locator('.ladder-mark__text')).toHaveText(/不是 TCP/);
});

test('SYN flood: the forged SYNs come from the attacker’s lane and are in view when the queue is full', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./#s=syn-flood&step=6&lang=en');
  await expect(page.getByRole('heading', { name: /Step 6 of 22/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /The attacker: sends SYNs with forged source addresses/ })).toBeAttached();
  const box = await page.locator('.ladder').boundingBox();
  const header = await page.locator('.ladder__header').boundingBox();
  const clientLifeline = await page.locator('.ladder__lifeline').first().boundingBox();
  expect(box && header && clientLifeline).toBeTruthy();
  const visibleTop = (header?.y ?? 0) + (header?.height ?? 0);
  const visibleBottom = (box?.y ?? 0) + (box?.height ?? 0);
  for (const id of [1, 2, 3]) {
    const start = await lineStart(arrowLine(page, id));
    const end = await lineEnd(arrowLine(page, id));
    expect(start.x).toBeGreaterThan((clientLifeline?.x ?? 0) + 20);
    expect(start.y).toBeGreaterThanOrEqual(visibleTop);
    expect(end.y).toBeLessThanOrEqual(visibleBottom);
  }
});
