/**
 * The sandbox session: what the learner did, as data. Nothing here is scripted in advance; the
 * trace is `simulate(sandboxScenario(session), options)` and is never stored.
 *
 * Two invariants keep a session meaningful, and every function here preserves them:
 *
 * - An action's `afterStep` is the index of the step it became. Acting at cursor k appends an
 *   action with afterStep k and first drops every action at k or later (they were the future of
 *   k), so actions are strictly increasing in afterStep and the new call is exactly step k.
 * - Fates are kept in the order they were applied, each with the cursor it was applied at
 *   (`atStep`) and the segment id *as the trace numbered it at that moment*. A fate applied at k
 *   only touches a segment that had been sent but had not arrived by k, so steps 0..k-1 stay as
 *   they were. A 'duplicate' makes a copy that takes the next id, so segments sent after the
 *   original are numbered one higher from then on; `engineFates` turns the recorded ids into the
 *   engine's final numbering, which is why a fork never has to renumber anything. A segment
 *   can have several fates (delayed at k, dropped at k+1): the last one holds, and the earlier
 *   ones stay so the session can be replayed in order from its link, and a fork back to k keeps
 *   the delay the learner had then.
 */
import {
  type FaultRule,
  type Fate,
  type Scenario,
  type ScriptedCall,
  type SimOptions,
  type Simulation,
  type Trace,
  type TraceStep,
} from '../engine';
import {
  DEFAULT_DELAY_MS,
  MAX_DELAY_MS,
  SANDBOX_SCENARIO_ID,
  SANDBOX_SEND_BYTES,
  type SandboxAction,
  type SandboxFate,
  type SandboxFateKind,
  type SandboxSession,
} from './sessionData';
import { createSimulation } from './simulate';

/**
 * Recorded fate ids → the engine's ids once every later duplicate has taken its extra id. A
 * segment's fates are a history (delay it, step, then drop it): the last one applied is its fate.
 */
export function engineFates(fates: readonly SandboxFate[]): FaultRule[] {
  const ids = engineIds(fates);
  const last = new Map<number, number>();
  ids.forEach((id, i) => last.set(id, i));
  return fates.flatMap((fate, i) => {
    const segmentId = ids[i] as number;
    if (last.get(segmentId) !== i) return [];
    return [{ segmentId, fate: fate.fate, ...(fate.fate === 'delay' ? { delayMs: fate.delayMs ?? DEFAULT_DELAY_MS } : {}) }];
  });
}

/** Each recorded fate's segment in the engine's final numbering (same order as `fates`). */
function engineIds(fates: readonly SandboxFate[]): number[] {
  const duplicates = fates.flatMap((fate, i) => (fate.fate === 'duplicate' ? [i] : []));
  return fates.map((fate, i) => {
    let id = fate.segmentId;
    for (const d of duplicates) {
      const later = fates[d] as SandboxFate;
      if (d > i && id > later.segmentId) id += 1;
    }
    return id;
  });
}

/**
 * The learner's server application calls accept() itself (a connection waits in the listener's
 * queue until then); a call on a connection it has not accepted accepts it first (socket.ts).
 */
export function sandboxScenario(session: SandboxSession): Scenario {
  return { id: SANDBOX_SCENARIO_ID, calls: session.actions.map(scriptedCall), faults: engineFates(session.fates), accepts: 'on-call' };
}

/** A learner's call as the engine runs it: right after step `afterStep`. */
export function scriptedCall(action: SandboxAction): ScriptedCall {
  return {
    side: action.side,
    call: action.call,
    ...(action.call === 'send' ? { bytes: action.bytes ?? SANDBOX_SEND_BYTES } : {}),
    when: { afterStep: action.afterStep },
  };
}

/** A trace, or a run still in progress (`Simulation.view`). */
type TraceSoFar = Pick<Trace, 'segments' | 'steps'>;

/** Logical time after `cursor` steps (the same rule as the store's timeAtCursor; kept here to avoid an import cycle). */
function timeAt(trace: TraceSoFar, cursor: number): number {
  if (cursor <= 0) return 0;
  return trace.steps[Math.min(cursor, trace.steps.length) - 1]?.t ?? 0;
}

export function simulateSandbox(session: SandboxSession, options: SimOptions): Trace {
  return finishKeepingRun(createSimulation(sandboxScenario(session), options));
}

/**
 * Each sandbox trace's run, paused at its end: a call made at the end of the story (the usual
 * click) continues a fork of it instead of simulating the whole session again. The run stays
 * with its trace, so a call after Undo (back to that trace) continues it too; a trace whose run
 * was never kept is simulated from the start.
 */
const pausedRuns = new WeakMap<Trace, Simulation>();

/** The run's trace, with the run kept for `continueSandbox`. */
export function finishKeepingRun(run: Simulation): Trace {
  const trace = run.finish();
  pausedRuns.set(trace, run);
  return trace;
}

/**
 * `trace` (a sandbox trace, under the options it was made with) with `action` made at its end,
 * or null when that cannot be done by continuing: no kept run, or the action is not at the end.
 */
export function continueSandbox(trace: Trace, action: SandboxAction): Trace | null {
  const paused = pausedRuns.get(trace);
  if (!paused || action.afterStep !== paused.stepCount) return null;
  const run = paused.fork();
  run.addCall(scriptedCall(action));
  return finishKeepingRun(run);
}

/** The session as it stands at cursor k: what the learner did up to k, nothing after. */
export function forkSession(session: SandboxSession, k: number): { session: SandboxSession; removed: number } {
  const actions = session.actions.filter((a) => a.afterStep < k);
  // Fates applied at k stay: "drop this segment, then call close()" at the same cursor keeps both.
  const fates = session.fates.filter((f) => f.atStep <= k);
  const removed = session.actions.length - actions.length + session.fates.length - fates.length;
  return { session: removed === 0 ? session : { actions, fates }, removed };
}

export function appendAction(
  session: SandboxSession,
  k: number,
  action: Omit<SandboxAction, 'afterStep'>,
): { session: SandboxSession; removed: number } {
  const forked = forkSession(session, k);
  const added: SandboxAction = {
    side: action.side,
    call: action.call,
    ...(action.call === 'send' ? { bytes: action.bytes ?? SANDBOX_SEND_BYTES } : {}),
    afterStep: k,
  };
  return { session: { ...forked.session, actions: [...forked.session.actions, added] }, removed: forked.removed };
}

/** Where a segment stands at a cursor, from the point of view of "can the network still change it?". */
export type SegmentStatus =
  | { readonly kind: 'unknown' }
  /** Not sent yet at this cursor: its id may mean another segment once the story changes. */
  | { readonly kind: 'unsent'; readonly sentStep: number }
  /** A copy the network made (fate 'duplicate' of `original`); only the original can be changed. */
  | { readonly kind: 'copy'; readonly original: number }
  /** Processed by its receiver at step `arrivalStep` (an index; the cursor after it is +1). */
  | { readonly kind: 'arrived'; readonly arrivalStep: number }
  /** Lost, and the moment it would have arrived has passed. */
  | { readonly kind: 'gone' }
  | {
      readonly kind: 'in-flight';
      readonly sentStep: number;
      /** Its position among the segments its step sent: how it is found again after a fork. */
      readonly emitIndex: number;
      readonly fate: Fate;
    };

export function segmentStatus(trace: TraceSoFar, cursor: number, id: number): SegmentStatus {
  const segment = trace.segments[id - 1];
  if (!segment || segment.id !== id || segment.origin !== 'endpoint') return { kind: 'unknown' };
  if (segment.sentStep >= cursor) return { kind: 'unsent', sentStep: segment.sentStep };
  if (segment.duplicateOf !== null) return { kind: 'copy', original: segment.duplicateOf };
  if (segment.arrivalStep !== null && segment.arrivalStep < cursor) return { kind: 'arrived', arrivalStep: segment.arrivalStep };
  if (segment.lost && segment.arrivesAt <= timeAt(trace, cursor)) return { kind: 'gone' };
  const emitIndex = trace.steps[segment.sentStep]?.emitted.indexOf(id) ?? -1;
  if (emitIndex < 0) return { kind: 'unknown' };
  return { kind: 'in-flight', sentStep: segment.sentStep, emitIndex, fate: segment.fate };
}

/** Segments on the wire at a cursor (sent, not yet arrived, not already gone), originals and copies. */
export function segmentsInFlight(trace: Trace, cursor: number): number[] {
  const now = timeAt(trace, cursor);
  return trace.segments
    .filter((s) => s.origin === 'endpoint' && s.sentStep < cursor)
    .filter((s) => (s.arrivalStep !== null ? s.arrivalStep >= cursor : !s.lost || s.arrivesAt > now))
    .map((s) => s.id);
}

/**
 * The same segment in another trace whose steps before `cursor` are the same: found by the step
 * that sent it and its place among that step's segments, since ids after a duplicate can move.
 */
export function sameSegmentIn(from: Trace, to: Trace, id: number, cursor: number): number | null {
  const segment = from.segments[id - 1];
  if (!segment || segment.sentStep < 0 || segment.sentStep >= cursor) return null;
  const originalId = segment.duplicateOf ?? id;
  const index = from.steps[segment.sentStep]?.emitted.indexOf(originalId) ?? -1;
  const original = index >= 0 ? to.steps[segment.sentStep]?.emitted[index] : undefined;
  if (original === undefined) return null;
  if (segment.duplicateOf === null) return original;
  return to.segments.find((s) => s.duplicateOf === original)?.id ?? null;
}

/** Steps 0..k-1 tell the same story in both traces (ids aside, which a duplicate may shift). */
export function samePast(a: Trace, b: Trace, k: number): boolean {
  if (a.steps.length < k || b.steps.length < k) return false;
  for (let i = 0; i < k; i++) {
    const x = a.steps[i] as TraceStep;
    const y = b.steps[i] as TraceStep;
    if (
      x.t !== y.t ||
      x.side !== y.side ||
      x.rule !== y.rule ||
      x.from !== y.from ||
      x.to !== y.to ||
      x.input.kind !== y.input.kind ||
      x.emitted.length !== y.emitted.length ||
      x.app.join() !== y.app.join()
    ) {
      return false;
    }
  }
  return true;
}

export type FateRefusal =
  | 'unknown'
  | 'unsent'
  | 'copy'
  | 'arrived'
  | 'gone'
  /** It already has this fate. */
  | 'same'
  /** The network already copied it; only Undo or going back before that can take the copy away. */
  | 'duplicated'
  /** The change would alter a step before the cursor (e.g. a delayed segment delivered on time would have arrived already). */
  | 'changes-past';

export type FateResult =
  | {
      readonly ok: true;
      readonly session: SandboxSession;
      readonly removed: number;
      readonly segmentId: number;
      /** The new session's trace. */
      readonly trace: Trace;
    }
  | { readonly ok: false; readonly reason: FateRefusal };

export interface FateChange {
  readonly fate: SandboxFateKind | 'deliver';
  readonly delayMs?: number;
}

/**
 * Gives segment `id` (numbered as in `trace`, the session's trace) a new fate at cursor k, or
 * takes its fate away ('deliver'). Forks like an action: what the learner did after k goes.
 * `segmentId` in the result is the segment's id in the new trace.
 *
 * The new fate is added to the segment's history rather than replacing it: "delay the SYN,
 * step, drop it" needs the delay in the link, or replaying it would find the SYN arrived before
 * the drop. The run is simulated once: up to k, then the fate, then the rest.
 */
export function changeFate(
  session: SandboxSession,
  trace: TraceSoFar,
  options: SimOptions,
  k: number,
  id: number,
  change: FateChange,
): FateResult {
  const status = segmentStatus(trace, k, id);
  if (status.kind !== 'in-flight') return { ok: false, reason: status.kind };

  const forked = forkSession(session, k);
  const run = createSimulation(sandboxScenario(forked.session), options);
  run.runTo(k);
  const target = run.view().steps[status.sentStep]?.emitted[status.emitIndex];
  if (target === undefined) return { ok: false, reason: 'unknown' };

  const delayMs = change.fate === 'delay' ? clampDelay(change.delayMs) : undefined;
  const outcome = run.refate(target, change.fate, delayMs);
  if (outcome !== 'ok') return { ok: false, reason: outcome === 'not-in-flight' ? 'unknown' : outcome };

  const ids = engineIds(forked.session.fates);
  // Back to no fate at all: its earlier fates go too (none is a duplicate, which cannot be taken
  // back). Otherwise a fate given at this same cursor is simply replaced: it changed nothing
  // before k, so the new one can be replayed without it.
  const superseded = (fate: SandboxFate, i: number) => ids[i] === target && (change.fate === 'deliver' || fate.atStep === k);
  const keptIds = ids.filter((_, i) => !superseded(forked.session.fates[i] as SandboxFate, i));
  const kept = forked.session.fates.filter((fate, i) => !superseded(fate, i));
  // What the segment's fate is without the replaced ones: if that is already the new fate, the
  // history says it (a link replaying both would find the second one changes nothing).
  const before = kept[keptIds.lastIndexOf(target)];
  const already = before !== undefined && before.fate === change.fate && before.delayMs === delayMs;
  const fates: SandboxFate[] =
    change.fate === 'deliver' || already
      ? kept
      : [...kept, { segmentId: target, fate: change.fate, ...(delayMs !== undefined ? { delayMs } : {}), atStep: k }];
  const next: SandboxSession = { actions: forked.session.actions, fates };
  return { ok: true, session: next, removed: forked.removed, segmentId: target, trace: finishKeepingRun(run) };
}

function clampDelay(ms: number | undefined): number {
  if (ms === undefined || !Number.isFinite(ms)) return DEFAULT_DELAY_MS;
  return Math.min(MAX_DELAY_MS, Math.max(1, Math.round(ms)));
}

/** The fate the learner gave a segment (numbered as in the session's trace), and when. */
export function fateOf(session: SandboxSession, id: number): SandboxFate | null {
  const index = engineIds(session.fates).lastIndexOf(id);
  return index >= 0 ? (session.fates[index] ?? null) : null;
}
