import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LadderViewport } from '../../export/ladder/layout';
import { useDiagramViewport } from './useDiagramViewport';

/** The box the browser gives the diagram (jsdom lays nothing out). */
const BOX: LadderViewport = { width: 600, fontPx: 16, height: 500 };

function measurableBox(): { box: HTMLElement; probe: HTMLElement } {
  const box = document.createElement('div');
  const probe = document.createElement('span');
  Object.defineProperties(box, { clientWidth: { get: () => BOX.width }, clientHeight: { get: () => BOX.height } });
  probe.getBoundingClientRect = () => new DOMRect(0, 0, BOX.fontPx, 0);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe(): void {}
      disconnect(): void {}
    },
  );
  return { box, probe };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useDiagramViewport, adopting the prerendered diagram', () => {
  it('prepares the layout for the measured box one step per task, then applies the box (issue 8: one long task before)', () => {
    vi.useFakeTimers();
    const { box, probe } = measurableBox();
    const ran: LadderViewport[] = [];
    // Three layouts, as a fitted diagram tries several scales: each step is one.
    const prepare = function* (viewport: LadderViewport) {
      ran.push(viewport);
      yield;
      ran.push(viewport);
      yield;
      ran.push(viewport);
    };

    const { result } = renderHook(() => useDiagramViewport({ current: box }, { current: probe }, { current: null }, true, prepare));

    expect(ran).toHaveLength(0);
    const stepsAfterEachTask: number[] = [];
    while (result.current === null && vi.getTimerCount() > 0) {
      act(() => void vi.advanceTimersToNextTimer());
      stepsAfterEachTask.push(ran.length);
    }
    expect(stepsAfterEachTask).toEqual([1, 2, 3]);
    expect(ran).toEqual([BOX, BOX, BOX]);
    expect(result.current).toEqual(BOX);
  });
});
