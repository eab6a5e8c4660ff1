/**
 * The engine's public face. Everything outside src/engine imports from here.
 */
export * from './states';
export * from './seq';
export * from './segment';
export * from './rules';
export * from './options';
export { DEFAULT_PROFILE, isProfile, LINUX, PROFILES, listenQueueCapacity, type Profile } from './profile';
export * from './scenarioIds';
export type * from './trace';
export { snapshotAt, USER_CALLS } from './trace';
export type { EndpointTimers, TimerName } from './tcb';
export { createSimulation, simulate, resolveIsn, type RefateResult, type Simulation } from './simulate';
export { MAX_STEPS } from './runLimit';
export { SCENARIOS } from './scenarios';
export type { Scenario, ScriptedCall, CallTrigger } from './scenario';
export type { FaultRule } from './faults';
export { simulateScenario } from './simulateScenario';
export * from './segmentLabel';
export { announcedIsns, seqAttributions, segmentAttribution } from './seqNumbering';
export type { NumberedTrace, SegmentAttribution, SeqAttribution } from './seqNumbering';
export { DEFAULT_PORTS } from './ports';
// Types only: the inference itself (20 KB) is imported from './captureInference' by the capture
// reader's lazy chunk, so a re-export here would pull it into every page's first paint.
export type { CaptureObservation, ObservedSegment } from './captureInference';
