import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { DEFAULT_OPTIONS, formatSegmentLabel, seqContext, simulateScenario } from '../src/engine';
import { estimateTextWidth } from '../src/export/ladder/textMeasure';
import { expect, test } from './fixtures';

/** Opens the Export dialog from the playback bar (any language: the button is beside Present). */
async function openExport(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name, exact: true }).click();
  return page.getByRole('dialog');
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function svgSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  return { width: Number(/ width="(\d+)"/.exec(open)?.[1]), height: Number(/ height="(\d+)"/.exec(open)?.[1]) };
}

test('the SVG download parses and writes every segment label of the four-way close', async ({ page }) => {
  await page.goto('/#s=close&step=13&lang=en&seq=abs');
  const dialog = await openExport(page, 'Export');
  await expect(dialog).toHaveAccessibleName('Export the diagram');
  const { download, bytes } = await downloaded(page, () => dialog.getByRole('button', { name: 'Download SVG' }).click());
  expect(download.suggestedFilename()).toBe('tcp-close-all-en-light.svg');
  await expect(dialog.getByRole('status')).toHaveText('Saved tcp-close-all-en-light.svg.');
  const svg = bytes.toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      title: doc.querySelector('title')?.textContent,
      arrows: [...doc.querySelectorAll('[data-segment]')].map((g) => (g.textContent ?? '').replace(/\s+/g, ' ').trim()),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.title).toBe('Four-way close');
  const trace = simulateScenario('close', DEFAULT_OPTIONS);
  expect(parsed.arrows).toHaveLength(trace.segments.length);
  trace.segments.forEach((segment, i) => expect(parsed.arrows[i]).toContain(formatSegmentLabel(segment, seqContext('absolute', trace))));
});

test('the PNG is twice the SVG’s size in both directions', async ({ page }) => {
  await page.goto('/#s=syn-lost&step=3&lang=en&seq=rel');
  const dialog = await openExport(page, 'Export');
  await dialog.getByRole('radio', { name: 'Up to step 3' }).check();
  const svg = (await downloaded(page, () => dialog.getByRole('button', { name: 'Download SVG' }).click())).bytes.toString('utf8');
  const { download, bytes } = await downloaded(page, () => dialog.getByRole('button', { name: 'Download PNG (2×)' }).click());
  expect(download.suggestedFilename()).toBe('tcp-syn-lost-step3-en-light.png');
  const size = svgSize(svg);
  expect(size.width).toBeGreaterThan(500);
  expect(pngSize(bytes)).toEqual({ width: 2 * size.width, height: 2 * size.height });
});

test('the CLI prints the very SVG the app downloads for the same scenario, step, language, theme and numbers', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('tcp-lab:theme', 'dark'));
  await page.goto('/#s=close&step=5&lang=zh&seq=rel');
  const dialog = await openExport(page, '导出');
  await dialog.getByRole('radio', { name: '到第 5 步为止' }).check();
  const app = (await downloaded(page, () => dialog.getByRole('button', { name: '下载 SVG' }).click())).bytes.toString('utf8');
  const cli = spawnSync(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      'scripts/trace.ts',
      'close',
      '--format',
      'svg',
      '--lang',
      'zh',
      '--theme',
      'dark',
      '--step',
      '5',
      '--relative',
    ],
    {
      encoding: 'utf8',
    },
  );
  expect(cli.status).toBe(0);
  expect(app).toContain('<title>四次挥手</title>');
  expect(app).toContain('fill="#0f172a"');
  expect(cli.stdout).toBe(app);
});

test('Mermaid text is shown and copied with the copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#s=handshake&step=0&lang=en&seq=abs');
  const dialog = await openExport(page, 'Export');
  const text = dialog.getByRole('textbox', { name: 'Mermaid sequenceDiagram' });
  await expect(text).toHaveValue(/^sequenceDiagram\n/);
  await expect(text).toHaveValue(/C->>S: SYN seq=1000/);
  await dialog.getByRole('button', { name: 'Copy Mermaid' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text.inputValue());
});

for (const lang of ['en', 'zh'] as const) {
  test(`every text of the exported SVG fits the width the layout estimated for it (${lang}, this machine’s fonts)`, async ({ page }) => {
    await page.goto(`/#s=old-duplicate-syn&step=0&lang=${lang}&seq=rel`);
    const dialog = await openExport(page, lang === 'en' ? 'Export' : '导出');
    const svg = (
      await downloaded(page, () => dialog.getByRole('button', { name: lang === 'en' ? 'Download SVG' : '下载 SVG' }).click())
    ).bytes.toString('utf8');
    // Drawn inline on a blank page, so only the SVG's own fonts and sizes apply.
    await page.setContent(svg);
    const runs = await page.evaluate(() =>
      // The texts the layout placed (the title and the time axis stand apart, in their own frame).
      [...document.querySelectorAll('text')]
        .filter((text) => !text.closest('[data-part="frame"]'))
        .flatMap((text) => {
          const lines = text.querySelectorAll('tspan[x]').length > 0 ? [...text.querySelectorAll<SVGTSpanElement>('tspan[x]')] : [text];
          const size = Number.parseFloat(getComputedStyle(text).fontSize);
          return lines.map((line) => ({ text: line.textContent ?? '', size, width: line.getComputedTextLength() }));
        }),
    );
    expect(runs.length).toBeGreaterThan(20);
    // The estimate is built to err wide; the widest common font here (DejaVu Sans Bold, what
    // system-ui is on Debian) runs up to about 1.2% over it in all-capital state names, which sit
    // at the open edge of their column. 3% is the most any run may exceed it.
    const tooWide = runs.filter((run) => run.width > estimateTextWidth(run.text, run.size, true) * 1.03 + 0.5);
    expect(tooWide).toEqual([]);
    const worst = Math.max(...runs.map((run) => run.width / estimateTextWidth(run.text, run.size, true)));
    test.info().annotations.push({ type: 'widest text / estimate', description: worst.toFixed(3) });
  });
}

test('on a 1024×768 projector Export is in the playback bar beside Present, and the header keeps one row', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/#s=close&step=3&lang=en');
  const bar = page.locator('#playback-controls');
  await bar.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Export the diagram' })).toBeVisible();
  const header = await page.locator('.app-header').boundingBox();
  expect(header?.height ?? 0).toBeLessThan(70);
});

test('on a phone Export waits behind More settings: the playback bar keeps its one row', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#s=close&step=3&lang=en');
  await expect(page.locator('#playback-controls').getByRole('button', { name: 'Export', exact: true })).toBeHidden();
  await page.getByRole('button', { name: 'More settings' }).click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Export the diagram' })).toBeVisible();
});

test('the pcap download is a pcap file captured where the learner chose', async ({ page }) => {
  await page.goto('/#s=close&step=0&lang=en');
  const dialog = await openExport(page, 'Export');
  const files = dialog.getByRole('region', { name: 'For Wireshark and packetdrill' });
  await expect(files.getByRole('radio', { name: 'Client' })).toBeChecked();
  const { download, bytes } = await downloaded(page, () => files.getByRole('button', { name: 'Download pcap' }).click());
  expect(download.suggestedFilename()).toBe('close-client.pcap');
  // The classic pcap magic, written little-endian (pcap-savefile(5)).
  expect([...bytes.subarray(0, 4)]).toEqual([0xd4, 0xc3, 0xb2, 0xa1]);
  await expect(dialog.getByRole('status')).toHaveText('Saved close-client.pcap.');
});

test('from the keyboard: the server’s packetdrill script of the close starts with its listen()', async ({ page }) => {
  await page.goto('/#s=close&step=0&lang=zh');
  const dialog = await openExport(page, '导出');
  const files = dialog.getByRole('region', { name: '用于 Wireshark 和 packetdrill' });
  await files.getByRole('radio', { name: '客户端' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(files.getByRole('radio', { name: '服务器' })).toBeChecked();
  const button = files.getByRole('button', { name: '下载 packetdrill 脚本' });
  await expect(button).toHaveAccessibleDescription('让真实内核扮演服务器重放这一过程，packetdrill 扮演客户端。');
  await button.focus();
  const { download, bytes } = await downloaded(page, () => page.keyboard.press('Enter'));
  expect(download.suggestedFilename()).toBe('close-server.pkt');
  expect(bytes.toString('utf8')).toContain('listen(3, 128) = 0');
});
