import { renderHook } from '@testing-library/react';
import { motionValue } from 'framer-motion';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario } from '../../engine';
import { arrowExtent, ladderLayout, stepY } from '../../export/ladder/layout';
import type { CursorSource } from './cursorSource';
import { useScrollToFollow } from './useScrollToFollow';

const atStep = (cursor: number): CursorSource => ({ get: () => cursor, subscribe: () => () => {} });

/** A ResizeObserver that reports when the test says the browser has laid the page out. */
class LaidOutObserver {
  static all: LaidOutObserver[] = [];
  constructor(private readonly report: () => void) {
    LaidOutObserver.all.push(this);
  }
  observe(): void {}
  disconnect(): void {}
  static afterLayout(): void {
    for (const observer of LaidOutObserver.all) observer.report();
  }
}

/** A 200 px box over a 2,000 px diagram; counts its layout reads. */
function scrollBox() {
  const layoutReads = vi.fn(() => new DOMRect(0, 0, 400, 200));
  const box = document.createElement('div');
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  box.append(svg);
  for (const element of [box, svg]) element.getBoundingClientRect = layoutReads;
  Object.defineProperty(box, 'clientHeight', { get: () => 200 });
  Object.defineProperty(box, 'scrollHeight', { get: () => 2000 });
  let scrollTop = 0;
  Object.defineProperty(box, 'scrollTop', {
    get: () => scrollTop,
    set: (value: number) => {
      scrollTop = value;
    },
  });
  return { box, svg, layoutReads };
}

afterEach(() => {
  LaidOutObserver.all = [];
  vi.unstubAllGlobals();
});

describe('useScrollToFollow', () => {
  it('a new layout is measured after the browser lays it out, not inside React’s commit, and its step is then scrolled into view', () => {
    vi.stubGlobal('ResizeObserver', LaidOutObserver);
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
    const trace = simulateScenario('close', DEFAULT_OPTIONS);
    const layout = ladderLayout(trace, { width: 400, fontPx: 16 });
    const { box, svg, layoutReads } = scrollBox();
    const refs = { scrollRef: { current: box }, svgRef: { current: svg }, headerRef: { current: null } };

    renderHook(() => useScrollToFollow(refs, trace, layout, atStep(trace.steps.length - 1), motionValue(0)));
    expect(layoutReads).not.toHaveBeenCalled();
    expect(box.scrollTop).toBe(0);

    LaidOutObserver.afterLayout();
    for (const frame of frames.splice(0)) frame(0);
    expect(layoutReads).toHaveBeenCalled();
    expect(box.scrollTop).toBeGreaterThan(0);
  });

  it('the "now" line gliding down to a step brings along the room of what the step sends: the listener’s resent SYN,ACK lands in view', () => {
    vi.stubGlobal('ResizeObserver', LaidOutObserver);
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
    const flush = () => {
      for (const frame of frames.splice(0)) frame(0);
    };
    const trace = simulateScenario('syn-flood', DEFAULT_OPTIONS);
    const layout = ladderLayout(trace, { width: 400, fontPx: 16 });
    const retry = trace.steps.findIndex((s) => s.rule === 'syn-queue-retransmit' && s.emitted.length > 0);
    const resent = layout.arrows[(trace.steps[retry]?.emitted[0] ?? 0) - 1];
    expect(resent).toBeDefined();
    if (!resent) return;
    const row = stepY(layout.axis, retry);
    const { box, svg } = scrollBox();
    const refs = { scrollRef: { current: box }, svgRef: { current: svg }, headerRef: { current: null } };
    const nowY = motionValue(0);
    renderHook(() => useScrollToFollow(refs, trace, layout, atStep(retry + 1), nowY));
    LaidOutObserver.afterLayout();
    flush();

    // The line starts its glide well above the 200 px view (a long idle span) and lands on the row.
    for (let y = row - 400; y <= row; y += 20) {
      nowY.set(y);
      flush();
      box.dispatchEvent(new Event('scroll'));
    }
    const { bottom } = arrowExtent(layout, resent);
    expect(row).toBeGreaterThanOrEqual(box.scrollTop);
    expect(bottom).toBeLessThanOrEqual(box.scrollTop + 200);
  });
});
