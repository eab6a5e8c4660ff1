import { useMemo } from 'react';
import type { StoreView } from '../../playback';

/**
 * The cursor (number of steps applied) as the diagram's moving parts read it: a value to read and
 * changes to follow, outside React. Issue 8 (a step does only its own work): the "now" line, the
 * notes a step brings, the rows drawn and the scrolling follow a step through this, so a step
 * renders no component of the frame around the arrows; only the arrows it sends are rendered.
 */
export interface CursorSource {
  get(): number;
  /** Calls `listener` after each change of the cursor; returns what stops it. */
  subscribe(listener: () => void): () => void;
}

/** The cursor of the store as the diagram follows it (stepsAfterFrame: a step forward a frame late). */
export function useStoreCursor(store: StoreView): CursorSource {
  return useMemo(
    () => ({
      get: () => store.getState().cursor,
      subscribe: (listener) =>
        store.subscribe((state, prev) => {
          if (state.cursor !== prev.cursor) listener();
        }),
    }),
    [store],
  );
}

/**
 * A cursor given as a prop (LadderView, drawn without a store), whose owner re-renders on a step
 * anyway: each value is a source of its own that never changes, so what follows the cursor runs
 * again with it, as it does for any other input that changed.
 */
export function usePropCursor(cursor: number): CursorSource {
  return useMemo(() => ({ get: () => cursor, subscribe: () => () => {} }), [cursor]);
}
