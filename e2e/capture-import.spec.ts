import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { generatedCapture } from '../scripts/benchCapture';
import { readCapture } from '../src/capture';
import type { Side, Trace } from '../src/engine';
import { captureTrace } from '../src/features/capture-import/captureTrace';
import { expect, test } from './fixtures';
import { appLive, expectBadges, expectStep, stepCount } from './helpers';

/** The repo's copies of the shared external captures (src/capture/fixtures/README.md). */
const DIR = 'src/capture/fixtures';
const VALID = [
  'tcp-handshake-nano.pcap',
  'whois.pcap',
  'dns_tcp.pcap',
  'print-flags.pcap',
  'tfo-5c1fa7f9ae91.pcap',
  'accecn_handshake.pcap',
  'mptcp-fclose.pcap',
  'tcp_rst_data.pcap',
  'tcp_eight_lowest_weight_flags_set.pcap',
];

/** What the app must show: the inference of stream 0, as the CLI computes it. */
function expected(path: string): Trace {
  const result = readCapture(readFileSync(path));
  return captureTrace(result, result.connections[0]!, path.split('/').pop()!);
}

/**
 * How long what a person sees after opening a file may take to appear. The file is read in a Web
 * Worker whose script loads on the first file; in CI, under parallel load, that first load has
 * taken more than Playwright's default 5 s. A ceiling, not a wait: each check passes the moment
 * the panel, the picker or the message is on screen.
 */
const READ = { timeout: 20_000 };

/** The capture panel's statement that the states on screen are inferred. */
function inferredBadge(page: Page) {
  return page.getByRole('region', { name: 'Capture' }).getByText('States inferred from the capture');
}

async function openFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  // A file set on the prerendered input, before the app listens, is lost (clicks and keys are
  // kept and replayed, files are not); on a loaded machine the app comes late.
  await appLive(page);
  await page.locator('input[type=file]').setInputFiles(file);
}

/** Past the picker if the capture has several connections: the first one. */
async function pickFirstIfAsked(page: Page, connections: number) {
  if (connections < 2) return;
  const dialog = page.getByRole('dialog', { name: 'Pick a connection' });
  await expect(dialog).toBeVisible(READ);
  await dialog.getByRole('button', { name: 'Watch stream 0' }).click();
  await expect(dialog).toBeHidden();
}

async function stepThroughToEnd(page: Page, trace: Trace) {
  const n = trace.steps.length;
  await expectStep(page, 0, n);
  const initial = trace.initial;
  await expectBadges(page, { client: initial.client.state, server: initial.server.state });
  for (let k = 1; k <= n; k++) {
    await page.getByRole('button', { name: 'Next step' }).click();
    await expectStep(page, k, n);
  }
  const last = trace.steps[n - 1]!.after;
  await expectBadges(page, { client: last.client.state, server: last.server.state });
  const finals = (['client', 'server'] as Side[]).map((side) => trace.states[side].at(-1));
  expect(finals).toEqual([last.client.state, last.server.state]);
}

test.describe('opening a capture', () => {
  for (const file of VALID) {
    test(`${file}: plays step by step with both sides' states inferred`, async ({ page }) => {
      // A ceiling for a loaded machine: up to 40 steps are clicked through one by one.
      test.setTimeout(120_000);
      await page.goto('./#s=handshake&step=0&lang=en');
      const trace = expected(`${DIR}/${file}`);
      await openFile(page, `${DIR}/${file}`);
      await pickFirstIfAsked(page, readCapture(readFileSync(`${DIR}/${file}`)).connections.length);
      const panel = page.getByRole('region', { name: 'Capture' });
      await expect(panel.getByText('States inferred from the capture')).toBeVisible(READ);
      await expect(panel.getByText(`${file} · Stream 0`)).toBeVisible();
      await stepThroughToEnd(page, trace);
    });
  }

  test('a file dropped on the page opens too', async ({ page }) => {
    await page.goto('./#s=close&step=0&lang=en');
    await appLive(page);
    const bytes = [...readFileSync(`${DIR}/dns_tcp.pcap`)];
    const transfer = await page.evaluateHandle((data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], 'dropped.pcap', { type: 'application/vnd.tcpdump.pcap' }));
      return dt;
    }, bytes);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Drop the capture file to open it')).toBeVisible();
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await expect(page.getByText('dropped.pcap · Stream 0')).toBeVisible(READ);
    await expect(page.getByText('Drop the capture file to open it')).toBeHidden();
    const n = expected(`${DIR}/dns_tcp.pcap`).steps.length;
    await expectStep(page, 0, n);
    // Before the first step the explanation introduces the capture (not the sandbox's "you make every call").
    await expect(page.getByRole('region', { name: 'Explanation' }).getByRole('heading', { name: 'Your capture' })).toBeVisible();
    await page.keyboard.press('End');
    await expectBadges(page, { client: 'TIME-WAIT', server: 'CLOSED' });
  });

  test('arrowing through the scenario list never opens the file window; Enter on its last choice does', async ({ page }) => {
    await page.goto('./#s=handshake&step=0&lang=en');
    await appLive(page);
    let choosers = 0;
    page.on('filechooser', () => choosers++);
    const picker = page.getByRole('combobox', { name: 'Scenario' });
    await picker.focus();
    // A closed select steps its options with these keys, and fires its change at each.
    await page.keyboard.press('End');
    await expect(picker).toHaveValue('open-capture');
    await expect(picker).toHaveAccessibleDescription('Press Enter to choose the file.');
    await page.keyboard.press('ArrowUp');
    await expect(picker).toHaveValue('sandbox');
    await page.keyboard.press('ArrowDown');
    await expect(picker).toHaveValue('open-capture');
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    await chooser;
    expect(choosers).toBe(1);
  });

  test('the connection picker lists every connection and is keyboard-usable and axe-clean', async ({ page }) => {
    await page.goto('./#s=handshake&step=0&lang=en');
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await appLive(page);
    // The scenario picker's last choice opens the file dialog.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'Open a capture file (pcap, pcapng)…' });
    await (await chooser).setFiles(`${DIR}/tfo-5c1fa7f9ae91.pcap`);
    const dialog = page.getByRole('dialog', { name: 'Pick a connection' });
    await expect(dialog).toBeVisible(READ);
    // Read off the page's thread, under the page's Content-Security-Policy (worker-src 'self').
    expect(workers).toEqual([expect.stringMatching(/captureWorker-[\w-]+\.js$/)]);
    const rows = dialog.getByRole('row');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(2)).toContainText('9.9.9.9:13047');
    await expect(rows.nth(3)).toContainText('still open');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await dialog.getByRole('button', { name: 'Watch stream 2' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('tfo-5c1fa7f9ae91.pcap · Stream 2')).toBeVisible();
    // The picker names what is on screen.
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('capture');
    await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText(
      'Capture: tfo-5c1fa7f9ae91.pcap, stream 2',
    );
    // What the capture cannot decide is said on the step, not guessed silently.
    await expect(page.getByText(/no complete handshake to time/)).toBeVisible();
  });

  test('a capture with more connections than the list shows: the first 100 are listed, any other is watched by its number', async ({
    page,
  }) => {
    await page.goto('./#s=handshake&step=0&lang=en');
    const bytes = generatedCapture(2000);
    const total = readCapture(bytes).connections.length;
    await openFile(page, { name: 'many.pcap', mimeType: 'application/vnd.tcpdump.pcap', buffer: Buffer.from(bytes) });
    const dialog = page.getByRole('dialog', { name: 'Pick a connection' });
    await expect(dialog).toBeVisible(READ);
    await expect(dialog.getByText(`Listed here: the first 100 of ${total} connections.`)).toBeVisible();
    // A header row and 100 connections.
    await expect(dialog.getByRole('row')).toHaveCount(101);
    const field = dialog.getByRole('textbox', { name: `Stream number (0 to ${total - 1})` });
    await field.fill(String(total));
    await field.press('Enter');
    await expect(dialog.getByRole('alert')).toHaveText(`Type a stream number from 0 to ${total - 1}.`);
    await field.fill(String(total - 2));
    await field.press('Enter');
    await expect(page.getByText(`many.pcap · Stream ${total - 2}`)).toBeVisible(READ);
    // Each connection is a copy of the close scenario.
    await page.keyboard.press('End');
    await expectBadges(page, { client: 'TIME-WAIT', server: 'CLOSED' });
  });

  test('the capture panel is axe-clean while a capture plays, and Back returns to the scenario', async ({ page }) => {
    await page.goto('./#s=close&step=2&lang=en');
    await openFile(page, `${DIR}/whois.pcap`);
    await expect(inferredBadge(page)).toBeVisible(READ);
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page.getByText(/listen\(\) is implied, not seen/)).toBeVisible();
    // The import UI: the header's button and the capture panel.
    const results = await new AxeBuilder({ page })
      .include('.app-header')
      .include('.capture-panel')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.getByRole('button', { name: 'Back to the scenarios' }).click();
    await expect(inferredBadge(page)).toBeHidden();
    await expectStep(page, 0, stepCount('close'));
  });
});

test.describe('a capture that cannot be read', () => {
  const cases = [
    { name: 'malformed/tcp_header_heapoverflow.pcap', message: 'The capture holds no TCP segment (packets read: 1)' },
    { name: 'tshark table, not a capture', path: `${DIR}/whois.pcap.tshark.tsv`, message: 'This is not a pcap or pcapng capture' },
  ];
  for (const c of cases) {
    test(`${c.name}: its message, and the previous run stays`, async ({ page }) => {
      await page.goto('./#s=close&step=3&lang=en');
      await openFile(page, c.path ?? `${DIR}/${c.name}`);
      await expect(page.getByRole('status').getByText(c.message)).toBeVisible(READ);
      await expect(page.getByText('The previous run stays on screen.')).toBeVisible();
      await expectStep(page, 3, stepCount('close'));
      await expect(inferredBadge(page)).toBeHidden();
    });
  }

  test('in Chinese, the message is in Chinese', async ({ page }) => {
    await page.goto('./#s=close&step=3&lang=zh');
    await openFile(page, `${DIR}/malformed/tcp_header_heapoverflow.pcap`);
    await expect(page.getByRole('status').getByText(/没有 TCP|TCP 报文段/)).toBeVisible(READ);
    await expect(page.getByText('屏幕上仍保留之前的运行。')).toBeVisible();
  });

  for (const [file, message] of [
    ['malformed/timestamp_invalid_micro.pcap', 'impossible time'],
    ['malformed/tcp_rst_data-trunc.pcap', 'captured only in part'],
    ['malformed/heapoverflow-tcp_print.pcap', 'cut short inside their TCP options'],
  ] as const) {
    test(`${file} plays, and its warning is shown: "${message}"`, async ({ page }) => {
      await page.goto('./#s=close&step=0&lang=en');
      await openFile(page, `${DIR}/${file}`);
      await expect(inferredBadge(page)).toBeVisible(READ);
      await expect(page.getByRole('status').getByText(new RegExp(message))).toBeVisible();
    });
  }
});

test('the single-file build (file://, no worker file) reads a capture on the page', async ({ page }) => {
  const single = resolve('dist-single/index.html');
  expect(existsSync(single), 'run `npm run build:single` first').toBe(true);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${pathToFileURL(single).href}#s=close&step=0&lang=en`);
  await openFile(page, `${DIR}/print-flags.pcap`);
  await expect(inferredBadge(page)).toBeVisible(READ);
  await page.keyboard.press('End');
  await expectBadges(page, { client: 'TIME-WAIT', server: 'CLOSED' });
  expect(errors).toEqual([]);
});

test.describe('comparing a capture with the engine', () => {
  test('whois.pcap under RFC 9293: the server’s immediate ACK is the first difference, named and marked on both runs', async ({ page }) => {
    await page.goto('./#s=close&step=0&lang=en');
    await openFile(page, `${DIR}/whois.pcap`);
    const panel = page.getByRole('region', { name: 'Capture' });
    await expect(panel.getByText('States inferred from the capture')).toBeVisible(READ);
    await panel.getByRole('radio', { name: 'RFC 9293' }).check();
    // Keyboard: the button is reached and pressed like any other.
    await panel.getByRole('button', { name: 'Compare', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'The capture beside the engine (RFC 9293)' });
    await expect(dialog).toBeVisible();
    // Said when the dialog opens (its description), in words: what each run sent.
    await expect(dialog).toHaveAccessibleDescription(
      'First difference, at 234 ms: the capture shows the server sending #5 ACK seq=1 ack=14; the engine (RFC 9293) sent #5 PSH, ACK seq=1 ack=14 len=233 instead.',
    );
    const capture = dialog.getByRole('region', { name: 'The capture' });
    const engine = dialog.getByRole('region', { name: 'The engine (RFC 9293)' });
    await expect(capture.getByText('Marked: #5 ACK seq=1 ack=14')).toBeVisible();
    await expect(engine.getByText('Marked: #5 PSH, ACK seq=1 ack=14 len=233')).toBeVisible();
    // The marks on the ladders are the selected arrows, one in each run.
    await expect(capture.getByRole('button', { pressed: true })).toHaveCount(1);
    await expect(engine.getByRole('button', { pressed: true })).toHaveCount(1);
    // Why, with the rule's section; and what the capture could not decide.
    await expect(
      dialog.getByRole('region', { name: 'Why the engine did this' }).getByRole('link', { name: /RFC 9293 §3\.10\.7\.4/ }),
    ).toBeVisible();
    await expect(dialog.getByText(/listen\(\) is not on the wire/)).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('.modal-dialog')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(panel.getByRole('button', { name: 'Compare', exact: true })).toBeFocused();

    // Under Linux (quick ACKs), this capture and the engine agree.
    await panel.getByRole('radio', { name: 'Linux' }).check();
    await panel.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'The capture beside the engine (Linux)' })).toHaveAccessibleDescription(/^No difference/);
  });

  test('in Chinese, on a phone, the two runs stack and the difference is named in Chinese', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./#s=close&step=0&lang=zh');
    await openFile(page, `${DIR}/print-flags.pcap`);
    const compare = page.getByRole('button', { name: '对比', exact: true });
    await expect(compare).toBeVisible(READ);
    await page.getByRole('radio', { name: 'Linux' }).check();
    await compare.click();
    const dialog = page.getByRole('dialog', { name: '抓包与引擎（Linux）并排' });
    await expect(dialog).toHaveAccessibleDescription(/^第一处不同.*抓包显示服务器发送了 #9 FIN, ACK.*引擎（Linux）发送的却是 #9 ACK/);
    const runs = [
      dialog.getByRole('region', { name: '抓包', exact: true }),
      dialog.getByRole('region', { name: '引擎（Linux）', exact: true }),
    ];
    const [top, below] = await Promise.all(runs.map((r) => r.boundingBox()));
    expect(below!.y).toBeGreaterThanOrEqual(top!.y + top!.height);
  });

  test('a capture that starts mid-connection says why it cannot be replayed', async ({ page }) => {
    await page.goto('./#s=close&step=0&lang=en');
    await openFile(page, `${DIR}/tcp_rst_data.pcap`);
    await expect(page.getByText(/starts after the handshake, and the engine starts every run in CLOSED/)).toBeVisible(READ);
    await expect(page.getByRole('button', { name: 'Compare', exact: true })).toHaveCount(0);
  });
});
