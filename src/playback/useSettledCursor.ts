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
  return useSyncExternalStore(subscribe, read, read);
}
