export { createSimStore, type SimActions, type SimState, type SimStore } from './simStore';
export {
  DEFAULT_INPUTS, DEFAULT_SCENARIO, type Notice, type SandboxSnapshot, type SeqMode, type SimInputs, type SimMode,
} from './simInputs';
export {
  selectTrace, selectStepCount, selectCurrentStep, selectSnapshot, selectCanStepBack,
  selectCanStepForward, selectIsSandbox, timeAtCursor, traceFor, type TraceInputs,
} from './traceSelectors';
export {
  DEFAULT_DELAY_MS, DELAY_CHOICES_MS, EMPTY_SESSION, SANDBOX_SEND_BYTES, fateOf, segmentStatus, segmentsInFlight,
  sandboxScenario, simulateSandbox,
  type FateRefusal, type SandboxAction, type SandboxFate, type SandboxFateKind, type SandboxSession, type SegmentStatus,
} from './sandboxSession';
export { encodeSession, parseSandboxLink, replaySandbox } from './sandboxLink';
export { sessionFromScenario } from './sandboxFork';
export { SANDBOX_PRESET_IDS, isSandboxPresetId, type SandboxPresetId } from './sandboxPresets';
export type { ForkNote, SandboxOutcome } from './sandboxActions';
export { SPEEDS, MIN_SPEED, MAX_SPEED, DEFAULT_SPEED, clampSpeed, nextSpeed } from './speed';
export { appStore, SimStoreProvider, useSim, useSimStore, useTrace, useSimActions } from './hooks';
export { readLink, writeLink, type LinkReading } from './deepLink';
export { flushLink, startLinkSync } from './linkSync';
