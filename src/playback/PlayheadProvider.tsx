import { motionValue, useReducedMotion, type MotionValue } from 'framer-motion';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { selectTrace, timeAtCursor, useSimStore } from '../store';
import { startPlaybackDriver } from './playbackDriver';

const PlayheadContext = createContext<MotionValue<number> | null>(null);

/**
 * Provides the single playhead: logical time in ms as a motion value. Arrows and markers read
 * it with useTransform, so animation never re-renders React; only the cursor (in the store)
 * changes at step boundaries.
 */
export function PlayheadProvider({ children }: { children: ReactNode }) {
  const store = useSimStore();
  const [playhead] = useState(() => {
    const state = store.getState();
    return motionValue(timeAtCursor(selectTrace(state), state.cursor));
  });
  const reduced = useReducedMotion() === true;
  const reducedRef = useRef(reduced);
  useEffect(() => {
    reducedRef.current = reduced;
  }, [reduced]);

  useEffect(() => startPlaybackDriver(store, playhead, { reducedMotion: () => reducedRef.current }), [store, playhead]);

  return <PlayheadContext.Provider value={playhead}>{children}</PlayheadContext.Provider>;
}

/** The playhead in logical ms. Must be used under <PlayheadProvider>. */
export function usePlayhead(): MotionValue<number> {
  const playhead = useContext(PlayheadContext);
  if (!playhead) throw new Error('usePlayhead() needs a <PlayheadProvider> above it');
  return playhead;
}
