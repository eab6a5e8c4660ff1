// The sandbox's domain model beside the engine: a session of the learner's calls and network
// fates, its link format, forking a guided scenario into it, presets, and what each sandbox
// button does (state in, patch out). Pure: it imports only the engine; the store holds the state.
// What the first screen reads (the store's defaults, the link) comes from modules without the
// simulator, so the engine stays out of its first paint (issue 8: vite.config.ts, treeshake).
export {
  DEFAULT_DELAY_MS,
  DELAY_CHOICES_MS,
  EMPTY_SESSION,
  MAX_DELAY_MS,
  MAX_SEND_BYTES,
  SANDBOX_SCENARIO_ID,
  SANDBOX_SEND_BYTES,
  sessionsEqual,
  type SandboxAction,
  type SandboxFate,
  type SandboxFateKind,
  type SandboxSession,
} from './sessionData';
export { encodeAction, encodeSession, MAX_LINK_TOKENS, quoteTokens, sessionParts } from './linkFormat';
export {
  fateOf,
  sandboxScenario,
  scriptedCall,
  segmentStatus,
  segmentsInFlight,
  simulateSandbox,
  type FateChange,
  type FateRefusal,
  type SegmentStatus,
} from './session';
export { parseAction, parseSandboxLink, replaySandbox } from './link';
export { sessionFromScenario } from './fork';
export { SANDBOX_PRESET_IDS, isSandboxPresetId, type SandboxPresetId } from './presets';
export {
  continueInSandbox,
  enterSandbox,
  loadPreset,
  makeCall,
  resetSession,
  setFate,
  undo,
  type ForkNote,
  type SandboxChange,
  type SandboxOutcome,
  type SandboxSnapshot,
  type SandboxState,
  type SandboxTraces,
  type SimMode,
} from './actions';
