import { snapshotAt, type ScenarioId, type SimOptions, type Trace, type TraceStep } from '../engine';
import { EMPTY_SESSION, encodeSession, type SandboxSession, type SandboxTraces } from '../sandbox';
import { arrivedEngine, engineParts } from './engineArrival';
import type { SimInputs } from './simInputs';

/** What the trace depends on. `mode` and `sandbox` may be left out: a built-in scenario then. */
export type TraceInputs = Pick<SimInputs, 'scenario' | 'options'> & Partial<Pick<SimInputs, 'mode' | 'sandbox' | 'capture'>>;

/**
 * Every option takes part, in a fixed order, so an option the engine adds later is covered too.
 * A sandbox session takes part through its link encoding, which is exactly its content.
 */
function traceKey({ scenario, options, mode, sandbox }: TraceInputs): string {
  return mode === 'sandbox' ? sandboxKey(sandbox ?? EMPTY_SESSION, options) : `${scenario}|${optionKey(options)}`;
}

function optionKey(options: SimOptions): string {
  return JSON.stringify(options, Object.keys(options).sort());
}

function sandboxKey(session: SandboxSession, options: SimOptions): string {
  return `sandbox|${sessionKey(session)}|${optionKey(options)}`;
}

/** Selectors run on every store change; a session is immutable, so its key is computed once. */
const sessionKeys = new WeakMap<SandboxSession, string>();
function sessionKey(session: SandboxSession): string {
  let key = sessionKeys.get(session);
  if (key === undefined) {
    const { a, f } = encodeSession(session);
    key = `${a}|${f}`;
    sessionKeys.set(session, key);
  }
  return key;
}

/**
 * Traces are memoised on the values of (scenario, options), not object identity: a link parsed
 * twice or options re-set to the same numbers must give the same Trace object, or every
 * subscriber downstream would re-render. A small cache covers flipping between a few scenarios.
 */
const CACHE_SIZE = 8;
const cache = new Map<string, Trace>();

export function selectTrace(state: TraceInputs): Trace {
  // A capture's trace was inferred once, when it was opened; options do not change it.
  if (state.mode === 'capture' && state.capture) return state.capture.trace;
  if (state.mode === 'sandbox') return sandboxTrace(state.sandbox ?? EMPTY_SESSION, state.options);
  return scenarioTrace(state.scenario, state.options);
}

/**
 * The trace last read for an options object, per scenario. Every subscriber reads the trace on
 * every store change, and a step changes only the cursor: keying the options again for each of
 * them (JSON of every option) was the largest part of the store's work in a step (issue 8).
 */
const lastScenarioRead = new WeakMap<SimOptions, { readonly scenario: ScenarioId; readonly trace: Trace }>();

function scenarioTrace(scenario: ScenarioId, options: SimOptions): Trace {
  const last = lastScenarioRead.get(options);
  if (last?.scenario === scenario) return last.trace;
  const trace = cached(traceKey({ scenario, options }), () => engineParts().simulateScenario(scenario, options));
  lastScenarioRead.set(options, { scenario, trace });
  return trace;
}

/**
 * The trace last read for a session object under an options object. Every drawn arrow reads the
 * trace on every store change; a 400-action session's key is ten thousand characters, and
 * building and hashing it that often was a tenth of a second each time the sandbox opened.
 */
const lastRead = new WeakMap<SandboxSession, { readonly options: SimOptions; readonly trace: Trace }>();

function sandboxTrace(session: SandboxSession, options: SimOptions): Trace {
  const last = lastRead.get(session);
  if (last?.options === options) return last.trace;
  const trace = cached(sandboxKey(session, options), () => engineParts().simulateSandbox(session, options));
  lastRead.set(session, { options, trace });
  return trace;
}

/**
 * Whether the trace of these inputs can be drawn now: always once the engine has arrived; before,
 * only a capture's (inferred when it was opened) or one already made, such as the first screen's
 * that came with the page (prerenderedTrace.ts). What cannot waits for the engine (simStore.ts).
 */
export function traceReady(state: TraceInputs): boolean {
  return arrivedEngine() !== null || (state.mode === 'capture' && state.capture !== null) || cache.has(traceKey(state));
}

function cached(key: string, make: () => Trace): Trace {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit); // most recently used goes last
    return hit;
  }
  const trace = make();
  remember(key, trace);
  return trace;
}

/**
 * A sandbox action has already simulated the session it makes: keep that trace, so the store's
 * next read does not simulate it again (a large session would pay twice per click).
 */
export function rememberTrace(state: TraceInputs, trace: Trace): void {
  keep(traceKey(state), trace);
}

function keep(key: string, trace: Trace): void {
  if (!cache.has(key)) remember(key, trace);
}

/** The sandbox's actions (src/sandbox/actions.ts) read and keep their traces through this memo. */
export const sandboxTraces: SandboxTraces = {
  of: sandboxTrace,
  remember: (session, options, trace) => keep(sandboxKey(session, options), trace),
};

function remember(key: string, trace: Trace): void {
  cache.set(key, trace);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
}

export function traceFor(scenario: ScenarioId, options: SimOptions): Trace {
  return selectTrace({ scenario, options });
}

export function selectStepCount(state: TraceInputs): number {
  return selectTrace(state).steps.length;
}

export function selectIsSandbox(state: Pick<SimInputs, 'mode'>): boolean {
  return state.mode === 'sandbox';
}

export function selectIsCapture(state: Pick<SimInputs, 'mode'>): boolean {
  return state.mode === 'capture';
}

/** The step that was applied last (steps[cursor-1]); null at the start. */
export function selectCurrentStep(state: SimInputs): TraceStep | null {
  if (state.cursor <= 0) return null;
  return selectTrace(state).steps[state.cursor - 1] ?? null;
}

export function selectSnapshot(state: SimInputs) {
  return snapshotAt(selectTrace(state), state.cursor);
}

export function selectCanStepBack(state: SimInputs): boolean {
  return state.cursor > selectFirstStep(state);
}

export function selectCanStepForward(state: SimInputs): boolean {
  return state.cursor < selectLastStep(state);
}

/** Logical time of the playhead when `cursor` steps have been applied. */
export function timeAtCursor(trace: Trace, cursor: number): number {
  if (cursor <= 0) return 0;
  const step = trace.steps[Math.min(cursor, trace.steps.length) - 1];
  return step ? step.t : 0;
}

/**
 * The steps the learner may move through: all of them, or in an embedded view locked to a range,
 * that range (cut to the trace). Two selectors returning numbers, so a component re-renders only
 * when a bound changes.
 */
export function selectFirstStep(state: TraceInputs & Pick<SimInputs, 'embed'>): number {
  return state.embed === null ? 0 : Math.min(state.embed.from, selectStepCount(state));
}

export function selectLastStep(state: TraceInputs & Pick<SimInputs, 'embed'>): number {
  const count = selectStepCount(state);
  return state.embed === null ? count : Math.min(state.embed.to, count);
}
