import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, SCENARIO_IDS, simulateScenario } from '../../engine';
import { axisRect, rectsOverlap } from '../../export/ladder/geometry';
import { EM, ladderLayout, type LadderViewport } from '../../export/ladder/layout';
import { labelRect, placeArrowLabels } from '../../export/ladder/placeLabels';
import { estimateTextWidth } from '../../export/ladder/textMeasure';

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

describe('arrow labels of a trace that goes on', () => {
  const LEFT = 100;
  const RIGHT = 520;
  const path = fc
    .record({
      y1: fc.integer({ min: 0, max: 900 }),
      drop: fc.integer({ min: 0, max: 160 }),
      rightward: fc.boolean(),
      lost: fc.boolean(),
      crossing: fc.boolean(),
    })
    .map(({ y1, drop, rightward, lost, crossing }) => ({
      x1: rightward ? LEFT : RIGHT,
      y1,
      x2: rightward ? RIGHT : LEFT,
      y2: y1 + drop,
      endFraction: lost ? 0.5 : 1,
      crossing,
    }));
  const words = fc.record({
    flags: fc.constantFrom('SYN', 'ACK', 'PSH, ACK', 'FIN, ACK', 'SYN, ACK'),
    notes: fc.constantFrom([], ['resent'], ['delayed', 'resent']),
    numbers: fc.constantFrom('seq=0', 'seq=1 ack=1', 'seq=19801 ack=19901 len=100', 'seq=1 ack=1 len=65535 win=64240'),
    extras: fc.constantFrom([], ['ISN 5000']),
    caption: fc.constantFrom(null, 'lost', 'to 203.0.113.7 — nobody there'),
  });
  const context = (height: number, rests: readonly number[]) => ({
    labelPx: 12.8,
    measure: estimateTextWidth,
    lifelines: [
      { x: LEFT, half: 12 },
      { x: RIGHT, half: 12 },
    ],
    height,
    obstacles: [],
    rests: rests.map((y) => ({ y, x1: LEFT, x2: RIGHT })),
  });

  it('placed after an earlier placement of the first arrows, they land exactly where placing them all afresh puts them', () => {
    let moved = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(path, words), { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(path, words), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 1100 }), { maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 1100 }), { maxLength: 8 }),
        (old, added, rests, newRests) => {
          const before = placeArrowLabels(
            old.map(([p]) => p),
            old.map(([, w]) => w),
            context(1000, rests),
          );
          const all = [...old, ...added];
          const ctx = context(1100, [...rests, ...newRests]);
          const fresh = placeArrowLabels(
            all.map(([p]) => p),
            all.map(([, w]) => w),
            ctx,
          );
          const resumed = placeArrowLabels(
            all.map(([p]) => p),
            all.map(([, w]) => w),
            ctx,
            before.work,
          );
          expect(resumed.labels).toEqual(fresh.labels);
          expect(resumed.captions).toEqual(fresh.captions);
          if (JSON.stringify(before.labels) !== JSON.stringify(fresh.labels.slice(0, old.length))) moved++;
        },
      ),
      { seed: 99, numRuns: 300 },
    );
    // New arrows and "now" lines often move an earlier label: the resumed placement saw them too.
    expect(moved).toBeGreaterThan(30);
  });

  it('a lost arrow’s caption gives way to a ✕ that comes later, as it would placed afresh', () => {
    const words = { flags: 'ACK', notes: [], numbers: 'seq=1 ack=1', extras: [], caption: 'lost' };
    const lost = (y1: number) => ({ x1: LEFT, y1, x2: RIGHT, y2: y1 + 100, endFraction: 0.5, crossing: false });
    // The second ✕ lands on the first one's caption (just right of and level with the first ✕).
    const [first, second] = [lost(200), { ...lost(200), x1: LEFT + 30, x2: RIGHT + 30 }];
    const before = placeArrowLabels([first], [words], context(1000, []));
    expect(before.captions[0]).not.toBeNull();
    const fresh = placeArrowLabels([first, second], [words, words], context(1000, []));
    expect(fresh.captions[0]).toBeNull();
    expect(placeArrowLabels([first, second], [words, words], context(1000, []), before.work)).toEqual(fresh);
  });
});
