import { test, expect } from './fixtures';
const sizes = [[1366, 768], [1024, 768], [390, 844]] as const;
for (const [w, h] of sizes) for (const lang of ['en', 'zh'] as const) for (const theme of ['light', 'dark'] as const) {
  test(`shot ${w} ${lang} ${theme}`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`./#s=handshake&step=0&lang=${lang}`);
    await page.locator('input[type=file]').setInputFiles('src/capture/fixtures/whois.pcap');
    const btn = page.getByRole('button', { name: lang === 'en' ? 'Compare' : '对比', exact: true });
    await expect(btn).toBeVisible({ timeout: 20000 });
    await btn.scrollIntoViewIfNeeded();
    const tag = `${w}-${lang}-${theme}`;
    await page.screenshot({ path: `/tmp/compare-scratch/shots/a-panel-${tag}.png` });
    await btn.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await page.screenshot({ path: `/tmp/compare-scratch/shots/b-dialog-${tag}.png` });
    const runs = page.locator('.capture-compare__run');
    for (let i = 0; i < 2; i++) {
      await runs.nth(i).locator('.ladder-arrow--selected').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/compare-scratch/shots/c-run${i}-${tag}.png` });
    }
    await page.locator('.capture-compare__why').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/compare-scratch/shots/d-why-${tag}.png` });
  });
}
test('state difference', async ({ page }) => {
  await page.goto(`./#s=handshake&step=0&lang=en`);
  await page.locator('input[type=file]').setInputFiles('src/capture/fixtures/local/linux-loopback.pcapng');
  await page.getByRole('button', { name: 'Watch stream 3' }).click({ timeout: 20000 });
  await page.getByRole('radio', { name: 'Linux' }).check();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.screenshot({ path: `/tmp/compare-scratch/shots/e-state.png` });
  const runs = page.locator('.capture-compare__run');
  for (let i = 0; i < 2; i++) {
    await runs.nth(i).locator('.capture-compare__marked').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 250);
    await page.screenshot({ path: `/tmp/compare-scratch/shots/e-state-run${i}.png` });
  }
});
test('many', async ({ page }) => {
  const { generatedCapture } = await import('../scripts/benchCapture');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`./#s=handshake&step=0&lang=zh`);
  await page.locator('input[type=file]').setInputFiles({ name: 'many.pcap', mimeType: 'application/vnd.tcpdump.pcap', buffer: Buffer.from(generatedCapture(2000)) });
  const field = page.getByRole('textbox');
  await field.scrollIntoViewIfNeeded({ timeout: 20000 });
  await field.fill('99999');
  await field.press('Enter');
  await page.screenshot({ path: `/tmp/compare-scratch/shots/f-many-zh.png` });
});
