export { PlayheadProvider, usePlayhead } from './PlayheadProvider';
export { startPlaybackDriver } from './playbackDriver';
export { buildTimeScale, COMPRESS_ABOVE_MS, COMPRESSED_SPAN_MS, type TimeScale, type TimeBreak } from './timeScale';
export { stepDurationMs } from './stepDuration';
export { applySkipAnimationsFlag, animationsSkipped } from './skipAnimations';
