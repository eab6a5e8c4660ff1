export { PlayheadProvider, usePlayhead } from './PlayheadProvider';
export { startPlaybackDriver } from './playbackDriver';
export { stepsAfterFrame, type StoreView } from './stepsAfterFrame';
export {
  buildTimeScale,
  timeScale,
  typicalFlightMs,
  IDLE_FLIGHTS,
  BREAK_FLIGHTS,
  MIN_SPAN_FLIGHTS,
  type TimeScale,
  type TimeBreak,
  type ScalePoint,
  type Flight,
} from '../export/ladder/timeScale';
export { stepDurationMs, buildPace, type Pace } from './stepDuration';
export { settledCursor } from './settledCursor';
export { useSettledCursor } from './useSettledCursor';
export { applySkipAnimationsFlag, animationsSkipped } from './skipAnimations';
