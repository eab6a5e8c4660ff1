import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario } from '../../engine';
import { ladderLayout, playheadY, type LadderViewport } from '../../export/ladder/layout';
import { selectTrace, timeAtCursor } from '../../store';
import { learnerSession } from '../../store/learnerSession';
import type { CursorSource } from './cursorSource';
import { DRAW_ALL_BELOW } from './shownRows';
import { useShownRows } from './useShownRows';

const atStep = (cursor: number): CursorSource => ({ get: () => cursor, subscribe: () => () => {} });

/** A cursor the test moves, as the store does: the value first, then its listeners. */
function steppedCursor(start: number): CursorSource & { step(to: number): void } {
  let cursor = start;
  const listeners = new Set<() => void>();
  return {
    get: () => cursor,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    step(to) {
      cursor = to;
      for (const listener of listeners) listener();
    },
  };
}

/** A scroll box whose scrollTop reads are counted: each read lays the page out, in the commit. */
function countedScrollBox(): { box: HTMLElement; reads: () => number } {
  const box = document.createElement('div');
  const read = vi.fn(() => 0);
  Object.defineProperty(box, 'scrollTop', { get: read, configurable: true });
  return { box, reads: () => read.mock.calls.length };
}

describe('useShownRows', () => {
  it('a diagram drawn whole never reads where its box is scrolled (that read laid the page out inside the commit)', () => {
    const viewport: LadderViewport = { width: 720, fontPx: 16, height: 600 };
    const layout = ladderLayout(simulateScenario('handshake', DEFAULT_OPTIONS), viewport);
    const { box, reads } = countedScrollBox();
    const svg = { current: null };

    const { result } = renderHook(() => useShownRows({ current: box }, svg, layout, viewport, atStep(0), () => [0, 0]));

    expect(result.current.rows).toBeNull();
    expect(result.current.arrows).toHaveLength(layout.arrows.length);
    expect(reads()).toBe(0);
  });
  it('a long diagram draws the rows around a step taken outside React, and renders only when those rows change', () => {
    const trace = selectTrace(learnerSession(60).getState());
    const viewport: LadderViewport = { width: 720, fontPx: 16, height: 300 };
    const layout = ladderLayout(trace, viewport);
    expect(layout.fits).toBe(false);
    expect(layout.arrows.length).toBeGreaterThanOrEqual(DRAW_ALL_BELOW);
    const cursor = steppedCursor(1);
    // At rest the "now" line is at the step's row: the glide starts and ends there.
    const atRest = (): readonly [number, number] => {
      const y = playheadY(layout.axis, timeAtCursor(trace, cursor.get()), cursor.get());
      return [y, y];
    };
    const box = document.createElement('div');
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useShownRows({ current: box }, { current: null }, layout, viewport, cursor, atRest);
    });
    const lastArrow = layout.arrows.at(-1)?.id;
    expect(result.current.arrows.map((arrow) => arrow.id)).not.toContain(lastArrow);

    const drawn = renders;
    act(() => cursor.step(2));
    // The second step is in the rows already drawn: nothing to render.
    expect(renders).toBe(drawn);

    act(() => cursor.step(trace.steps.length));
    expect(renders).toBeGreaterThan(drawn);
    expect(result.current.arrows.map((arrow) => arrow.id)).toContain(lastArrow);
  });
});
