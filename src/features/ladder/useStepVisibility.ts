import type { MotionValue } from 'framer-motion';
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Trace } from '../../engine';
import { settledCursor } from '../../playback';
import type { CursorSource } from './cursorSource';
import { usePlayheadFrame } from './usePlayheadFrame';

const ATTRIBUTE = 'data-step';

/**
 * Attributes for something a step brings about (a state name, what the application saw, a timer
 * starting): shown once that step has happened. `visibility` (not opacity) also keeps what has
 * not happened yet out of the accessibility tree.
 */
export function stepAttributes(step: number, settled: number): { 'data-step': number; visibility: 'visible' | 'hidden' } {
  return { [ATTRIBUTE]: step, visibility: settled > step ? 'visible' : 'hidden' } as const;
}

/**
 * Keeps every element under `container` that carries stepAttributes shown exactly while its step
 * has happened on screen — applied, and reached by the playhead (settledCursor) — so a note
 * appears when its segment arrives, not when the step that leads there starts, and two steps at
 * the same instant still appear one at a time.
 */
export function useStepVisibility(
  container: RefObject<Element | null>,
  playhead: MotionValue<number>,
  trace: Trace,
  cursor: CursorSource,
  version: unknown,
): void {
  // The steps shown as happened, and the version they were applied to: the elements are walked
  // only when that number changes, not on every frame of a glide (issue 8).
  const shown = useRef<number | null>(null);
  const shownVersion = useRef<unknown>(version);
  const apply = useCallback(
    (now: number) => {
      const root = container.current;
      if (!root) return;
      const settled = settledCursor(trace, cursor.get(), now);
      if (settled === shown.current) return;
      shown.current = settled;
      for (const element of root.querySelectorAll(`[${ATTRIBUTE}]`)) {
        const visible = settled > Number(element.getAttribute(ATTRIBUTE)) ? 'visible' : 'hidden';
        if (element.getAttribute('visibility') !== visible) element.setAttribute('visibility', visible);
      }
    },
    [container, trace, cursor],
  );
  usePlayheadFrame(playhead, apply, cursor);
  // New elements (a new layout) are drawn with the steps that had happened when it was made;
  // this settles them to now.
  useLayoutEffect(() => {
    if (shownVersion.current !== version) {
      shownVersion.current = version;
      shown.current = null;
    }
    apply(playhead.get());
  }, [apply, playhead, version]);
}
