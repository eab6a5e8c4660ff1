import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, SCENARIO_IDS, simulateScenario } from '../../engine';
import { axisRect, rectsOverlap } from '../../export/ladder/geometry';
import { EM, ladderLayout, type LadderViewport } from '../../export/ladder/layout';
import { labelRect } from '../../export/ladder/placeLabels';

/** The diagram's box on a laptop, on a projector and on a phone. */
const VIEWPORTS: Record<string, LadderViewport> = {
  laptop: { width: 847, fontPx: 18, height: 578 },
  projector: { width: 1184, fontPx: 24, height: 790 },
  phone: { width: 340, fontPx: 16, height: 570 },
};

describe('arrow labels', () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it.each(SCENARIO_IDS)(`never cover one another or a lifeline (${name}): %s`, (id) => {
      const layout = ladderLayout(simulateScenario(id, DEFAULT_OPTIONS), viewport);
      const labelPx = viewport.fontPx * EM.arrowFont;
      const rects = layout.arrows.map((arrow) => labelRect(arrow, arrow.label.fraction, arrow.label, labelPx));
      const overlaps: string[] = [];
      rects.forEach((a, i) =>
        rects.forEach((b, j) => {
          if (j > i && rectsOverlap(a, b)) overlaps.push(`#${i + 1}/#${j + 1}`);
        }),
      );
      for (const x of Object.values(layout.x)) {
        const strip = axisRect(x - layout.bandHalf, 0, x + layout.bandHalf, layout.height);
        rects.forEach((rect, i) => {
          if (rectsOverlap(rect, strip)) overlaps.push(`#${i + 1}/lifeline`);
        });
      }
      expect(overlaps).toEqual([]);
    });
  }

  it('sit on the sender’s half when two segments cross', () => {
    const layout = ladderLayout(simulateScenario('simultaneous-close', DEFAULT_OPTIONS), VIEWPORTS.laptop as LadderViewport);
    const crossing = layout.arrows.filter((arrow) => arrow.crossing);
    expect(crossing.length).toBeGreaterThanOrEqual(2);
    for (const arrow of crossing) expect(arrow.label.fraction).toBeLessThan(0.5);
  });
});
