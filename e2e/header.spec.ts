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
