import type { Page } from '@playwright/test';
import { DEFAULT_OPTIONS, simulateScenario } from '../src/engine';
import { expect, test } from './fixtures';
import { stateBadge } from './helpers';

/**
 * The retransmission timer learns the round trip (RFC 6298), seen through the real UI on slow
 * paths chosen by link. The numbers are worked out by hand from the RFC, not read back from
 * the engine.
 */
const arrow = (page: Page, name: RegExp) => page.getByRole('button', { name });

/** The TCB panel starts folded on short screens; unfold it and read one row's two cells. */
async function tcbRow(page: Page, name: RegExp): Promise<(string | null)[]> {
  const panel = page.locator('details.tcb-panel');
  if (!(await panel.evaluate((el) => (el as HTMLDetailsElement).open))) await page.getByText('TCB variables of each side').click();
  const row = page.getByRole('table', { name: /Transmission control block/ }).getByRole('row', { name });
  return row.getByRole('cell').allTextContents();
}

test('at 400 ms one way the handshake measures 800 ms, so the lost FIN waits 800 + 4 × 400 = 2.4 s before it is sent again', async ({
  page,
}) => {
  await page.goto('./#s=fin-lost&step=7&lang=en&seq=abs&lat=400');
  await expect(arrow(page, /^Segment 4: FIN, ACK seq=1001 ack=5001, from Client to Server, lost/)).toBeVisible();
  await expect(arrow(page, /^Segment 5: FIN, ACK seq=1001 ack=5001, from Client to Server, a retransmission/)).toBeVisible();
  await expect(page.getByText(/No acknowledgment came within 2\.4 s/)).toBeVisible();
  expect(await tcbRow(page, /^SRTT/)).toEqual(['800 ms', '800 ms']);
  expect(await tcbRow(page, /^RTTVAR/)).toEqual(['400 ms', '400 ms']);
  // The timeout doubles the RTO (§5.5): 4.8 s for the next wait.
  expect(await tcbRow(page, /^RTO\b/)).toEqual(['4.8 s (changed in this step)', '2.4 s']);
});

test('at 600 ms one way only the handshake is resent: the close resends nothing, draws no RST, and TIME-WAIT lasts 60 s', async ({
  page,
}) => {
  // Straight to the last step by link: a key pressed before the page listens would be lost, and
  // the client is CLOSED at step 0 too, so the badge alone cannot tell the end was reached.
  const n = simulateScenario('close', { ...DEFAULT_OPTIONS, latencyMs: 600 }).steps.length;
  await page.goto(`./#s=close&step=${n}&lang=en&seq=abs&lat=600`);
  await expect(page.getByRole('slider')).toHaveValue(String(n));
  await expect(stateBadge(page, 'Client', 'CLOSED')).toBeVisible();
  // The SYN at 1 s and the SYN,ACK at 1.6 s: the 1.2 s round trip outlasts the first 1 s RTO.
  await expect(arrow(page, /^Segment \d+: .*a retransmission/)).toHaveCount(2);
  await expect(arrow(page, /^Segment 3: SYN seq=1000, from Client to Server, a retransmission/)).toBeVisible();
  await expect(arrow(page, /^Segment 6: SYN, ACK seq=5000 ack=1001, from Server to Client, a retransmission/)).toBeVisible();
  await expect(arrow(page, /^Segment \d+: RST/)).toHaveCount(0);
  // TIME-WAIT from 3.3 s (the server's FIN arrives) until its own 60 s timer fires.
  await expect(page.getByRole('img', { name: /^Client: TIME-WAIT timer, 2MSL = 60 s \(Linux\), set at 3\.3 s; it fired/ })).toBeVisible();
});
