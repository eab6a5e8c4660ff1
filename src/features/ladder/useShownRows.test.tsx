import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario } from '../../engine';
import { ladderLayout, type LadderViewport } from '../../export/ladder/layout';
import { useShownRows } from './useShownRows';

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

    const { result } = renderHook(() => useShownRows({ current: box }, svg, layout, viewport, 0, 0));

    expect(result.current.rows).toBeNull();
    expect(result.current.arrows).toHaveLength(layout.arrows.length);
    expect(reads()).toBe(0);
  });
});
