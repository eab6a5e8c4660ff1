import { expect, test } from './fixtures';
import { stateBadge } from './helpers';

/**
 * The loss and reset scenarios through the real UI, with the facts stated by hand from
 * RFC 9293 (not read back from the engine): which segment is lost, that the same segment is
 * sent again, and where each side ends up.
 */
const arrow = (page: import('@playwright/test').Page, name: RegExp) => page.getByRole('button', { name });

test('syn-lost: the SYN is lost, then sent again with the same seq, and the handshake completes', async ({ page }) => {
  await page.goto('./#s=syn-lost&step=6&lang=en&seq=abs');
  await expect(arrow(page, /^Segment 1: SYN seq=1000, from Client to Server, lost in the network/)).toBeVisible();
  await expect(arrow(page, /^Segment 2: SYN seq=1000, from Client to Server, a retransmission/)).toBeVisible();
  await expect(stateBadge(page, 'Client', 'ESTABLISHED')).toBeVisible();
  await expect(stateBadge(page, 'Server', 'ESTABLISHED')).toBeVisible();
});

test('ack-lost: the client is ESTABLISHED while the server, still SYN-RECEIVED, resends its SYN,ACK', async ({ page }) => {
  await page.goto('./#s=ack-lost&step=4&lang=en&seq=abs');
  await expect(arrow(page, /^Segment 3: ACK seq=1001 ack=5001, from Client to Server, lost/)).toBeVisible();
  await expect(stateBadge(page, 'Client', 'ESTABLISHED')).toBeVisible();
  await expect(stateBadge(page, 'Server', 'SYN-RECEIVED')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(arrow(page, /^Segment 4: SYN, ACK seq=5000 ack=1001, from Server to Client, a retransmission/)).toBeVisible();
  await page.keyboard.press('End');
  await expect(stateBadge(page, 'Server', 'ESTABLISHED')).toBeVisible();
});

test('last-ack-lost: the server resends its FIN from LAST-ACK and the client, still in TIME-WAIT, ACKs again', async ({ page }) => {
  await page.goto('./#s=last-ack-lost&step=13&lang=en&seq=abs');
  await expect(arrow(page, /^Segment 8: FIN, ACK seq=5001 ack=1002, from Server to Client, a retransmission/)).toBeVisible();
  await expect(stateBadge(page, 'Client', 'TIME-WAIT')).toBeVisible();
  await expect(stateBadge(page, 'Server', 'LAST-ACK')).toBeVisible();
  await expect(arrow(page, /^Segment 9: ACK seq=1002 ack=5002, from Client to Server/)).toBeVisible();
});

test('refused: nobody listens, the SYN meets RST,ACK with ack = ISN+1 and the client is back in CLOSED', async ({ page }) => {
  await page.goto('./#s=refused&step=3&lang=en&seq=abs');
  await expect(arrow(page, /^Segment 2: RST, ACK seq=0 ack=1001, from Server to Client/)).toBeVisible();
  await expect(stateBadge(page, 'Client', 'CLOSED')).toBeVisible();
  await expect(
    page
      .getByText(/connection refused/i)
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
});

test('abort: one RST, no FIN, and no TIME-WAIT on either side', async ({ page }) => {
  await page.goto('./#s=abort&step=7&lang=en&seq=abs');
  await expect(arrow(page, /^Segment 4: RST seq=1001, from Client to Server/)).toBeVisible();
  await expect(arrow(page, /^Segment \d+: FIN/)).toHaveCount(0);
  await expect(stateBadge(page, 'Client', 'CLOSED')).toBeVisible();
  await expect(stateBadge(page, 'Server', 'CLOSED')).toBeVisible();
});
