import { useCallback, useSyncExternalStore } from 'react';
import { selectTrace, useSimStore } from '../store';
import { usePlayhead } from './PlayheadProvider';
import { settledCursor } from './settledCursor';

/**
 * The settled cursor (see settledCursor) for the store and playhead in context. It subscribes to
 * both, but returns a number, so a component re-renders only when a step actually lands — not on
 * every animation frame of the playhead.
 */
export function useSettledCursor(): number {
  const store = useSimStore();
  const playhead = usePlayhead();
  const subscribe = useCallback(
    (onChange: () => void) => {
      const stopStore = store.subscribe(onChange);
      const stopPlayhead = playhead.on('change', onChange);
      return () => {
        stopStore();
        stopPlayhead();
      };
    },
    [store, playhead],
  );
  const read = () => {
    const state = store.getState();
    return settledCursor(selectTrace(state), state.cursor, playhead.get());
  };
  // While React adopts prerendered HTML it must draw what the build drew: the store's first state,
  // at rest. A panel whose code arrives after a step was taken is adopted as it was, then shows
  // the step at once (issue 8: the panels hydrate when their chunk comes).
  const prerendered = () => store.getInitialState().cursor;
  return useSyncExternalStore(subscribe, read, prerendered);
}
