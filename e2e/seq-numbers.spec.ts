import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Relative sequence numbers (the default) as a student sees them, with the facts stated by hand:
 * each side's SYN is seq=0 and names the ISN it chose (RFC 9293 §3.4.1); a number that belongs
 * to no connection of ours keeps its value, is marked * and is explained; nothing is negative.
 */
const arrow = (page: Page, name: RegExp) => page.getByRole('button', { name });

async function openTcb(page: Page, summary: string) {
  const details = page.locator('details.tcb-panel');
  if ((await details.getAttribute('open')) === null) await page.getByText(summary, { exact: true }).click();
  return page.getByRole('table');
}

test('handshake: both SYNs read seq=0, each with the ISN its side chose, and the TCB lists both ISNs', async ({ page }) => {
  await page.goto('./#s=handshake&step=5&lang=en');
  await expect(arrow(page, /^Segment 1: SYN seq=0 \(ISN 1000\), from Client to Server/)).toBeVisible();
  await expect(arrow(page, /^Segment 2: SYN, ACK seq=0 ack=1 \(ISN 5000\), from Server to Client/)).toBeVisible();
  await expect(arrow(page, /^Segment 3: ACK seq=1 ack=1, from Client to Server/)).toBeVisible();
  await expect(page.locator('svg').getByText('seq=0 (ISN 1000)')).toBeVisible();
  const table = await openTcb(page, 'TCB variables of each side');
  await expect(table.getByRole('row', { name: /^ISS/ }).getByRole('cell')).toHaveText(['1000', '5000']);
  await expect(table.getByRole('row', { name: /^IRS/ }).getByRole('cell')).toHaveText(['5000', '1000']);
  await expect(table.getByRole('row', { name: /^SND\.NXT/ }).getByRole('cell')).toHaveText(['1', '1']);
});

test('old duplicate SYN: shown as sent and marked *, with the mark explained; the new SYN,ACK counts from 0 again', async ({ page }) => {
  await page.goto('./#s=old-duplicate-syn&step=99&lang=en');
  await expect(arrow(page, /^Segment 1: SYN seq=990\*, .*shown as sent: it belongs to no connection of ours/)).toBeVisible();
  await expect(arrow(page, /^Segment 3: SYN, ACK seq=0 ack=991\* \(ISN 5000\),/)).toBeVisible();
  await expect(arrow(page, /^Segment 4: RST seq=991\*,/)).toBeVisible();
  await expect(arrow(page, /^Segment 5: SYN, ACK seq=0 ack=1 \(ISN 80000\),/)).toBeVisible();
  await expect(page.locator('svg').getByText(/seq=-/)).toHaveCount(0);
  // The header inspector says why the old SYN has no relative number.
  await arrow(page, /^Segment 1:/).click();
  await expect(
    page.getByRole('button', { name: /^Sequence Number: 990 \(no relative value: not a number of this connection/ }),
  ).toBeVisible();
});

test('refused, in Chinese: the RST’s seq is marked and explained in Chinese; the ack still counts from the client’s ISN', async ({
  page,
}) => {
  await page.goto('./#s=refused&step=99&lang=zh');
  await expect(arrow(page, /^报文段 2：RST, ACK seq=0\* ack=1，.*标 \* 的序号按原值显示/)).toBeVisible();
});
