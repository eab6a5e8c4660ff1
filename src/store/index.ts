export { createSimStore, type SimActions, type SimState, type SimStore } from './simStore';
export {
  DEFAULT_INPUTS,
  DEFAULT_SCENARIO,
  type CaptureRun,
  type Notice,
  type SandboxSnapshot,
  type SeqMode,
  type SimInputs,
  type SimMode,
} from './simInputs';
export {
  selectTrace,
  selectStepCount,
  selectFirstStep,
  selectLastStep,
  selectCurrentStep,
  selectSnapshot,
  selectCanStepBack,
  selectCanStepForward,
  selectIsCapture,
  selectIsSandbox,
  timeAtCursor,
  traceFor,
  traceReady,
  type TraceInputs,
} from './traceSelectors';
export { arrivedEngine, loadEngine, loadSandboxParts } from './engineArrival';
export { fetchFault, reportFetchFailure, retryFailedFetches, subscribeFetchFault, type FetchFault } from './fetchFault';
export { adoptPrerenderedTrace, makePrerenderedTrace, PRERENDERED_TRACE_ID, type PrerenderedTrace } from './prerenderedTrace';
export { SPEEDS, MIN_SPEED, MAX_SPEED, DEFAULT_SPEED, clampSpeed, nextSpeed } from './speed';
export {
  afterNextFrame,
  appStore,
  SimStoreProvider,
  useDeferredStep,
  useSim,
  useSimStore,
  useTrace,
  useSimActions,
  useValueAfterFrame,
  type DeferredStep,
} from './hooks';
export { readLink, whenLinkReadable, writeLink, type LinkReading } from './deepLink';
export { flushLink, startLinkSync } from './linkSync';
