import type { MotionValue } from 'framer-motion';
import { useLayoutEffect } from 'react';

/**
 * Calls `apply(now)` with the playhead's time after every render that changes `apply`, and on
 * every playhead change. Components draw their first frame in render from playhead.get(); this
 * keeps the DOM attributes in step afterwards without re-rendering React (the xyflow pattern:
 * motion is not state). Pass a useCallback'ed `apply` whose dependencies say what it draws from.
 */
export function usePlayheadFrame(playhead: MotionValue<number>, apply: (now: number) => void): void {
  useLayoutEffect(() => {
    apply(playhead.get());
    return playhead.on('change', apply);
  }, [playhead, apply]);
}
