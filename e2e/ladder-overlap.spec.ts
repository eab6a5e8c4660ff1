import type { Page } from '@playwright/test';
import { DEFAULT_OPTIONS, SCENARIO_IDS, simulateScenario, type ScenarioId } from '../src/engine';
import { expect, test } from './fixtures';
import { collisions, readSettledDiagram } from './ladderGeometry';

/**
 * The diagram as drawn, measured in the browser with its real fonts: at a middle step and at the
 * last step of every scenario, no label covers another, no line runs through a label, and none
 * runs off the diagram. Laptop, projector and phone; English and Chinese (and, on the laptop,
 * absolute sequence numbers, whose labels are the longest).
 */
const VIEWPORTS = [
  { name: 'laptop', width: 1366, height: 768, seq: ['rel', 'abs'] },
  { name: 'projector', width: 1920, height: 1080, seq: ['rel'] },
  { name: 'phone', width: 390, height: 844, seq: ['rel'] },
] as const;

const SIDE_NAME = { en: 'Client', zh: '客户端' } as const;

function moments(id: ScenarioId): number[] {
  const trace = simulateScenario(id, DEFAULT_OPTIONS);
  const last = trace.steps.length;
  return [...new Set([Math.ceil(last / 2), last])];
}

/** Arrows drawn once `step` steps are applied: those sent by an earlier step (or injected). */
function arrowsAt(id: ScenarioId, step: number): number {
  return simulateScenario(id, DEFAULT_OPTIONS).segments.filter((segment) => segment.sentStep < step).length;
}

async function open(page: Page, hash: string, lang: 'en' | 'zh', step: number, arrows: number) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await expect(page.getByRole('slider')).toHaveValue(String(step));
  await expect(page.locator('.ladder__side--client')).toHaveText(SIDE_NAME[lang]);
  await expect(page.locator('.ladder-arrow')).toHaveCount(arrows);
}

for (const viewport of VIEWPORTS) {
  for (const lang of ['en', 'zh'] as const) {
    for (const seq of viewport.seq) {
      test(`${viewport.name} ${lang} ${seq}: no label covers another or is crossed by a line, in any scenario`, async ({ page }) => {
        // A budget per scenario (it was 120 s for 20), so new scenarios do not eat the others' time.
        test.setTimeout(6_000 * SCENARIO_IDS.length);
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.goto(`./#s=handshake&step=0&lang=${lang}&seq=${seq}`);
        await expect(page.locator('.ladder__svg')).toBeVisible();
        const found: string[] = [];
        for (const id of SCENARIO_IDS) {
          for (const step of moments(id)) {
            await open(page, `#s=${id}&step=${step}&lang=${lang}&seq=${seq}`, lang, step, arrowsAt(id, step));
            for (const problem of collisions(await readSettledDiagram(page))) found.push(`${id} step ${step}: ${problem}`);
          }
        }
        expect(found).toEqual([]);
      });
    }
  }
}
