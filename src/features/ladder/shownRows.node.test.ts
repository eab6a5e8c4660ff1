import { describe, expect, it } from 'vitest';
import { DRAW_ALL_BELOW, isShown, MAX_GLIDE_PAGES, shownRows } from './shownRows';

const long = { fits: false, arrowCount: 800, page: 500 };

describe('shownRows: what a long diagram draws', () => {
  it('a diagram that fits, or has few arrows, is drawn whole', () => {
    expect(shownRows({ ...long, fits: true, fromY: 0, toY: 0, scrollTop: 0 })).toBeNull();
    expect(shownRows({ ...long, arrowCount: DRAW_ALL_BELOW - 1, fromY: 0, toY: 0, scrollTop: 0 })).toBeNull();
    // No height measured yet (jsdom, the first render): everything.
    expect(shownRows({ ...long, page: 0, fromY: 0, toY: 0, scrollTop: 0 })).toBeNull();
  });

  it('a page above and two below the step and what is scrolled to', () => {
    // Step and scroll both on page 10 (5,000–5,500 px): pages 9 to 12.
    const band = { top: 4500, bottom: 6500 };
    expect(shownRows({ ...long, fromY: 5100, toY: 5200, scrollTop: 5000 })).toEqual([band, band]);
  });

  it('a glide across pages draws all of it; a scroll away from the step draws its own band, not the span between', () => {
    const rows = shownRows({ ...long, fromY: 1200, toY: 5200, scrollTop: 9000 });
    expect(rows).toEqual([
      { top: 500, bottom: 6500 },
      { top: 8500, bottom: 10_500 },
    ]);
    expect(isShown(rows, 7000, 7100)).toBe(false);
  });

  it('a jump longer than a glide (the line of the trace shown before, reopening a long session) draws around where it lands', () => {
    const lands = 160 * long.page + 100;
    const rows = shownRows({ ...long, fromY: 300, toY: lands, scrollTop: 0 });
    expect(rows).toEqual([
      { top: 159 * long.page, bottom: 163 * long.page },
      { top: -long.page, bottom: 3 * long.page },
    ]);
    expect(isShown(rows, 80 * long.page, 80 * long.page + 10)).toBe(false);
    // Up to MAX_GLIDE_PAGES it is a glide, drawn whole.
    expect(isShown(shownRows({ ...long, fromY: 300, toY: MAX_GLIDE_PAGES * long.page, scrollTop: 0 }), 5 * long.page, 5 * long.page)).toBe(
      true,
    );
  });

  it('stays the same while the step moves within its page, so the drawn rows are not redrawn each step', () => {
    const a = shownRows({ ...long, fromY: 5010, toY: 5050, scrollTop: 5000 });
    const b = shownRows({ ...long, fromY: 5050, toY: 5090, scrollTop: 5000 });
    expect(b).toEqual(a);
  });

  it('isShown: anything reaching into the band; everything when the whole diagram is drawn', () => {
    const band = { top: 1000, bottom: 2000 };
    const rows = [band, band] as const;
    expect(isShown(rows, 900, 1000)).toBe(true);
    expect(isShown(rows, 1500, 1600)).toBe(true);
    expect(isShown(rows, 2000, 2100)).toBe(true);
    expect(isShown(rows, 2001, 2100)).toBe(false);
    expect(isShown(rows, 0, 999)).toBe(false);
    expect(isShown(null, 0, 1e9)).toBe(true);
  });
});
