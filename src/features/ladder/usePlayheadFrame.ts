import type { MotionValue } from 'framer-motion';
import { useLayoutEffect } from 'react';
import type { CursorSource } from './cursorSource';

/**
 * Calls `apply(now)` with the playhead's time after every render that changes `apply`, and on
 * every playhead change. Components draw their first frame in render from playhead.get(); this
 * keeps the DOM attributes in step afterwards without re-rendering React (the xyflow pattern:
 * motion is not state). Pass a useCallback'ed `apply` whose dependencies say what it draws from.
 * Given the cursor, it also calls `apply` on each step, which the playhead may not show (a step at
 * the last one's instant), and which renders nothing (cursorSource.ts).
 */
export function usePlayheadFrame(playhead: MotionValue<number>, apply: (now: number) => void, cursor?: CursorSource): void {
  useLayoutEffect(() => {
    apply(playhead.get());
    const stopPlayhead = playhead.on('change', apply);
    const stopCursor = cursor?.subscribe(() => apply(playhead.get()));
    return () => {
      stopPlayhead();
      stopCursor?.();
    };
  }, [playhead, apply, cursor]);
}
