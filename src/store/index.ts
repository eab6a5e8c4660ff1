export { createSimStore, type SimActions, type SimState, type SimStore } from './simStore';
export { DEFAULT_INPUTS, DEFAULT_SCENARIO, type Notice, type SeqMode, type SimInputs } from './simInputs';
export {
  selectTrace, selectStepCount, selectCurrentStep, selectSnapshot, selectCanStepBack,
  selectCanStepForward, timeAtCursor, traceFor,
} from './traceSelectors';
export { SPEEDS, MIN_SPEED, MAX_SPEED, DEFAULT_SPEED, clampSpeed, nextSpeed } from './speed';
export { appStore, SimStoreProvider, useSim, useSimStore, useTrace, useSimActions } from './hooks';
export { readLink, writeLink, type LinkReading } from './deepLink';
export { startLinkSync } from './linkSync';
