import { expect, test } from './fixtures';

// The header's tool buttons keep their names on screen at laptop and projector sizes: an icon
// alone ("sliders") does not tell a student what it opens.
for (const { width, height } of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
]) {
  for (const [lang, name] of [
    ['en', 'Options'],
    ['zh', '选项'],
  ] as const) {
    test(`“${name}” stays a visible label at ${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`./#s=handshake&step=0&lang=${lang}`);
      const button = page.getByRole('banner').getByRole('button', { name });
      await expect(button).toBeVisible();
      const label = button.getByText(name, { exact: true });
      await expect(label).toBeVisible();
      const box = await label.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(10);
    });
  }
}

// The scenario list is as wide as the scenario chosen, so the title's buttons keep one row beside
// the settings: with Compare (an old duplicate SYN) on a 1366×768 laptop, and on a 1280×720 one,
// where every English header used to take two rows.
for (const { width, height, scenario } of [
  { width: 1366, height: 768, scenario: 'old-duplicate-syn' },
  { width: 1280, height: 720, scenario: 'handshake' },
]) {
  test(`at ${width}×${height} the title’s buttons share one row (${scenario}, en)`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`./#s=${scenario}&step=0&lang=en`);
    const tools = page.getByRole('banner').locator('.app-header__tool:visible');
    await expect(tools.first()).toBeVisible();
    const tops = new Set<number>();
    for (const box of await tools.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)))) tops.add(box);
    expect([...tops]).toHaveLength(1);
    // The settings stay on the title's row too: one row in all.
    const select = page.getByRole('combobox', { name: 'Scenario' });
    const [title, list] = [await page.getByRole('heading', { level: 1 }).boundingBox(), await select.boundingBox()];
    expect((list?.y ?? Infinity) - (title?.y ?? 0)).toBeLessThan(40);
  });
}
