import { DEFAULT_OPTIONS, simulateScenario } from '../src/engine';
import { expect, test } from './fixtures';

/** Opens the options dialog from the header, as a person would. */
async function openOptions(page: import('@playwright/test').Page, name = 'Options') {
  await page
    .getByRole('group', { name: /Explore|探索/ })
    .getByRole('button', { name })
    .click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('the classroom TIME-WAIT goes into the link and shortens the run; Esc closes and focus returns', async ({ page }) => {
  await page.goto('./#s=close&step=0&lang=en');
  const dialog = await openOptions(page);
  const group = dialog.getByRole('group', { name: 'TIME-WAIT length (2MSL)' });
  await expect(group.getByRole('radio', { name: 'Linux: 60 s' })).toBeChecked();
  await expect(group.getByRole('radio', { name: 'RFC 9293: MSL = 2 min → 4 min' })).toBeVisible();
  await group.getByRole('radio', { name: 'Classroom: 5 s' }).check();
  await expect(page).toHaveURL(/[#&]tw=5000(&|$)/);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Options' })).toBeFocused();

  // The client's TIME-WAIT now ends 5 s after it began, not 60 s: the run ends at 6.3 s.
  const end = simulateScenario('close', { ...DEFAULT_OPTIONS, timeWaitMs: 5000 }).steps.at(-1)?.t;
  expect(end).toBe(6300);
  await page.getByRole('button', { name: 'Go to end' }).click();
  await expect(page.getByText('now 6.3 s')).toBeVisible();

  // The link reopens with the same choice (once written: the address bar follows when the learner pauses).
  await expect(page).toHaveURL(/tw=5000/);
  await page.reload();
  const again = await openOptions(page);
  await expect(again.getByRole('radio', { name: 'Classroom: 5 s' })).toBeChecked();
});

test('wrap-around ISNs show sequence numbers near 2^32 in absolute mode', async ({ page }) => {
  await page.goto('./#s=handshake&step=5&lang=en&seq=abs');
  const dialog = await openOptions(page);
  await dialog.getByRole('radio', { name: 'Near 2^32 (wrap-around)' }).check();
  await expect(dialog.getByText('This run: client ISN 4294967290, server ISN 4294967293.')).toBeVisible();
  await expect(page).toHaveURL(/[#&]isn=wrap(&|$)/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: /^Segment 1: SYN seq=4294967290,/ })).toBeVisible();
  // The third segment carries each side's ISN + 1: seq 4294967291, ack 4294967294.
  await expect(page.getByRole('button', { name: /^Segment 3: ACK seq=4294967291 ack=4294967294,/ })).toBeVisible();
});

test('a bad number is refused in words, and the last good value stays in use and in the link', async ({ page }) => {
  await page.goto('./#s=handshake&step=0&lang=en');
  const dialog = await openOptions(page);
  const client = dialog.getByRole('textbox', { name: 'Client ISN' });
  await client.fill('12ab');
  await expect(dialog.getByText('Use digits only: a whole number, no sign, point or exponent. Still using 1000.')).toBeVisible();
  await expect(client).toHaveAttribute('aria-invalid', 'true');
  await expect(page).not.toHaveURL(/ci=/);
  await client.fill('1234');
  await expect(page).toHaveURL(/[#&]ci=1234(&|$)/);

  const latency = dialog.getByRole('textbox', { name: 'One-way latency (ms)' });
  await latency.fill('5000');
  await expect(dialog.getByText('Enter a whole number from 20 to 1000. Still using 100.')).toBeVisible();
  await latency.fill('250');
  await expect(page).toHaveURL(/[#&]lat=250(&|$)/);
  await expect(dialog.getByText(/Still using/)).toHaveCount(0);
});

test('options from a link show in the dialog, in Chinese', async ({ page }) => {
  await page.goto('./#s=syn-flood&step=0&lang=zh&isn=random&seed=42&lat=250&tw=240000&cookies=1');
  const dialog = await openOptions(page, '选项');
  await expect(dialog.getByRole('radio', { name: '由种子生成随机数' })).toBeChecked();
  await expect(dialog.getByRole('textbox', { name: '种子' })).toHaveValue('42');
  await expect(dialog.getByRole('textbox', { name: '单向时延（毫秒）' })).toHaveValue('250');
  await expect(dialog.getByRole('radio', { name: 'RFC 9293：MSL = 2 分钟 → 4 分钟' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'SYN Cookie' })).toBeChecked();

  await dialog.getByRole('button', { name: '换一个种子' }).click();
  await expect(page).not.toHaveURL(/seed=42(&|$)/);
  await expect(page).toHaveURL(/[#&]seed=\d+/);
  await dialog.getByRole('textbox', { name: '种子' }).fill('-3');
  await expect(dialog.getByText(/只能使用数字/)).toBeVisible();
});

test('SYN cookies change the SYN-flood run: the real client gets in', async ({ page }) => {
  await page.goto('./#s=syn-flood&step=0&lang=en');
  const dialog = await openOptions(page);
  await dialog.getByRole('checkbox', { name: 'SYN cookies' }).check();
  await expect(page).toHaveURL(/[#&]cookies=1(&|$)/);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Go to end' }).click();
  await expect(page.getByRole('img', { name: 'Client state: ESTABLISHED' })).toBeVisible();
});

test('the Linux behaviour: chosen in Options, kept in the link, and the explanation says what RFC 9293 would do', async ({ page }) => {
  const linux = simulateScenario('syn-ack-lost', { ...DEFAULT_OPTIONS, profile: 'linux' });
  const dupSyn = linux.steps.find((s) => s.rule === 'syn-received-dup-syn-syn-ack');
  expect(dupSyn).toBeDefined();
  await page.goto(`./#s=syn-ack-lost&step=${(dupSyn?.index ?? 0) + 1}&lang=en`);
  await expect(page.getByText('Linux answers a repeated SYN in SYN-RECEIVED with its SYN,ACK once more', { exact: false })).toBeVisible();

  const dialog = await openOptions(page);
  const group = dialog.getByRole('group', { name: 'Behaviour' });
  await expect(group.getByRole('radio', { name: 'RFC 9293' })).toBeChecked();
  await group.getByRole('radio', { name: 'Linux' }).check();
  await expect(page).toHaveURL(/[#&]profile=linux(&|$)/);
  await expect(dialog.getByText('Linux behaviour: 60 s, whatever is chosen here.')).toBeVisible();
  await page.keyboard.press('Escape');

  // Same step, now Linux's own choice: the SYN,ACK again, and what the RFC would have sent.
  await expect(page.getByText('RFC 9293 instead:')).toBeVisible();
  await expect(page.getByText('answers a repeated SYN in SYN-RECEIVED with a bare ACK', { exact: false })).toBeVisible();
});

test('a link with profile=linux opens the Linux behaviour, in Chinese too', async ({ page }) => {
  const linux = simulateScenario('abort', { ...DEFAULT_OPTIONS, profile: 'linux' });
  const abort = linux.steps.find((s) => s.rule === 'abort-send-rst');
  await page.goto(`./#s=abort&step=${(abort?.index ?? 0) + 1}&lang=zh&profile=linux`);
  await expect(page.getByText('按 RFC 9293：')).toBeVisible();
  await expect(page.getByText('Linux 还会置上 ACK 位', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: /^报文段 4：RST, ACK seq=1 ack=1，/ })).toBeVisible();
});
