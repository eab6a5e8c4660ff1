/**
 * What the sandbox's buttons do, as pure functions: the sandbox's part of the store's state in,
 * patch and outcome out. The outcome is what the panel tells the learner (and a screen reader)
 * about what just happened. The store applies the patch; it holds the state, this decides.
 */
import type { ScenarioId, Side, SimOptions, Trace, UserCall } from '../engine';
import { sessionFromScenario } from './fork';
import { presetSession, type SandboxPresetId } from './presets';
import {
  appendAction,
  changeFate,
  continueSandbox,
  fateOf,
  sameSegmentIn,
  simulateSandbox,
  type FateChange,
  type FateRefusal,
} from './session';
import { EMPTY_SESSION, sessionsEqual, type SandboxFateKind, type SandboxSession } from './sessionData';

/** Guided: a built-in scenario plays. Sandbox: nothing is scripted, the learner makes every call. */
/**
 * Guided: a built-in scenario plays. Sandbox: nothing is scripted, the learner makes every call.
 * Capture: one connection of a capture the learner opened, with states inferred (issue 12).
 */
export type SimMode = 'scenario' | 'sandbox' | 'capture';

/** What Undo brings back: a whole sandbox moment. */
export interface SandboxSnapshot {
  readonly session: SandboxSession;
  readonly cursor: number;
  readonly selectedSegment: number | null;
}

/** The fields of the store's state the sandbox reads and changes (the store's SimInputs has them all). */
export interface SandboxState {
  readonly mode: SimMode;
  /** The built-in scenario, kept while in the sandbox. */
  readonly scenario: ScenarioId;
  readonly options: SimOptions;
  readonly cursor: number;
  readonly playing: boolean;
  readonly selectedSegment: number | null;
  readonly sandbox: SandboxSession;
  readonly sandboxUndo: readonly SandboxSnapshot[];
  /** The furthest step seen in this session: acting before it changes a past already watched. */
  readonly sandboxFurthest: number;
  /** "You changed the past" has been explained once; later forks get a short note. */
  readonly sandboxForkExplained: boolean;
}

/**
 * Where a session's trace comes from: the store's memo (its selectors read the same traces), so an
 * action never simulates a session the store has already simulated, and the store never
 * simulates again what an action has just made (a large session would pay twice per click).
 */
export interface SandboxTraces {
  of(session: SandboxSession, options: SimOptions): Trace;
  remember(session: SandboxSession, options: SimOptions, trace: Trace): void;
}

/** How far back Undo reaches; a lesson's worth of clicks. */
const UNDO_LIMIT = 100;

/** What a fork did to the story the learner had. */
export interface ForkNote {
  /** Acting before a step already watched, or dropping later calls/fates: the rest was recomputed. */
  readonly changedPast: boolean;
  /** First time in this visit: the panel explains it in full. */
  readonly firstTime: boolean;
  /** Later calls and fates the learner had made that no longer exist. */
  readonly removed: number;
  /** The cursor the fork happened at. */
  readonly atStep: number;
}

export type SandboxOutcome =
  | {
      readonly kind: 'call';
      readonly side: Side;
      readonly call: UserCall;
      readonly bytes?: number;
      readonly stepIndex: number;
      readonly fork: ForkNote;
    }
  | {
      readonly kind: 'fate';
      readonly segmentId: number;
      readonly fate: SandboxFateKind | 'deliver';
      readonly delayMs?: number;
      readonly fork: ForkNote;
    }
  | { readonly kind: 'refused'; readonly segmentId: number; readonly reason: FateRefusal }
  | { readonly kind: 'reset' }
  | { readonly kind: 'preset'; readonly preset: SandboxPresetId }
  | { readonly kind: 'undone' }
  | { readonly kind: 'nothing-to-undo' }
  /** A sandbox action while a built-in scenario is showing: nothing happens. */
  | { readonly kind: 'not-sandbox' };

export interface SandboxChange {
  readonly patch: Partial<SandboxState>;
  readonly outcome: SandboxOutcome;
}

function snapshot(state: SandboxState): SandboxSnapshot {
  return { session: state.sandbox, cursor: state.cursor, selectedSegment: state.selectedSegment };
}

function withUndo(state: SandboxState): readonly SandboxSnapshot[] {
  return [...state.sandboxUndo, snapshot(state)].slice(-UNDO_LIMIT);
}

function forkNote(state: SandboxState, removed: number): { note: ForkNote; explained: boolean } {
  const k = state.cursor;
  const changedPast = removed > 0 || k < state.sandboxFurthest;
  const firstTime = changedPast && !state.sandboxForkExplained;
  return { note: { changedPast, firstTime, removed, atStep: k }, explained: state.sandboxForkExplained || changedPast };
}

const refused = (segmentId: number, reason: FateRefusal): SandboxChange => ({
  patch: {},
  outcome: { kind: 'refused', segmentId, reason },
});

/** The learner makes a socket call at the cursor; the cursor moves on to show it. */
export function makeCall(state: SandboxState, traces: SandboxTraces, side: Side, call: UserCall, bytes?: number): SandboxChange {
  if (state.mode !== 'sandbox') return { patch: {}, outcome: { kind: 'not-sandbox' } };
  const k = state.cursor;
  const before = traces.of(state.sandbox, state.options);
  const { session, removed } = appendAction(state.sandbox, k, { side, call, ...(bytes !== undefined ? { bytes } : {}) });
  const added = session.actions[session.actions.length - 1];
  // A call at the end of the story continues the run that made it (the usual click).
  const continued = removed === 0 && added ? continueSandbox(before, added) : null;
  const after = continued ?? simulateSandbox(session, state.options);
  traces.remember(session, state.options, after);
  const { note, explained } = forkNote(state, removed);
  const selected = state.selectedSegment === null ? null : sameSegmentIn(before, after, state.selectedSegment, k);
  return {
    patch: {
      sandbox: session,
      cursor: Math.min(k + 1, after.steps.length),
      playing: false,
      selectedSegment: selected,
      sandboxUndo: withUndo(state),
      sandboxFurthest: k + 1,
      sandboxForkExplained: explained,
    },
    outcome: {
      kind: 'call',
      side,
      call,
      ...(added?.bytes !== undefined ? { bytes: added.bytes } : {}),
      stepIndex: k,
      fork: note,
    },
  };
}

/** The network drops, delays, duplicates or (again) simply delivers a segment in flight at the cursor. */
export function setFate(state: SandboxState, traces: SandboxTraces, segmentId: number, change: FateChange): SandboxChange {
  if (state.mode !== 'sandbox') return { patch: {}, outcome: { kind: 'not-sandbox' } };
  const k = state.cursor;
  const trace = traces.of(state.sandbox, state.options);
  const result = changeFate(state.sandbox, trace, state.options, k, segmentId, change);
  if (!result.ok) return refused(segmentId, result.reason);
  traces.remember(result.session, state.options, result.trace);
  const { note, explained } = forkNote(state, result.removed);
  const fated = fateOf(result.session, result.segmentId);
  return {
    patch: {
      sandbox: result.session,
      playing: false,
      selectedSegment: result.segmentId,
      sandboxUndo: withUndo(state),
      sandboxFurthest: k,
      sandboxForkExplained: explained,
    },
    outcome: {
      kind: 'fate',
      segmentId: result.segmentId,
      fate: change.fate,
      ...(change.fate === 'delay' && fated?.delayMs !== undefined ? { delayMs: fated.delayMs } : {}),
      fork: note,
    },
  };
}

/** Clear the session; Undo brings it back. */
export function resetSession(state: SandboxState): SandboxChange {
  if (state.mode !== 'sandbox') return { patch: {}, outcome: { kind: 'not-sandbox' } };
  return {
    patch: {
      sandbox: EMPTY_SESSION,
      cursor: 0,
      playing: false,
      selectedSegment: null,
      sandboxUndo: sessionsEqual(state.sandbox, EMPTY_SESSION) && state.cursor === 0 ? state.sandboxUndo : withUndo(state),
      sandboxFurthest: 0,
    },
    outcome: { kind: 'reset' },
  };
}

export function loadPreset(state: SandboxState, preset: SandboxPresetId): SandboxChange {
  const { session, cursor } = presetSession(preset, state.options);
  const keepHistory = state.mode === 'sandbox' && !sessionsEqual(state.sandbox, EMPTY_SESSION);
  return {
    patch: {
      mode: 'sandbox',
      sandbox: session,
      cursor,
      playing: false,
      selectedSegment: null,
      sandboxUndo: keepHistory ? withUndo(state) : state.sandboxUndo,
      sandboxFurthest: cursor,
    },
    outcome: { kind: 'preset', preset },
  };
}

export function undo(state: SandboxState, traces: SandboxTraces): SandboxChange {
  const previous = state.sandboxUndo.at(-1);
  if (state.mode !== 'sandbox') return { patch: {}, outcome: { kind: 'not-sandbox' } };
  if (!previous) return { patch: {}, outcome: { kind: 'nothing-to-undo' } };
  const steps = traces.of(previous.session, state.options).steps.length;
  return {
    patch: {
      sandbox: previous.session,
      cursor: Math.min(previous.cursor, steps),
      selectedSegment: previous.selectedSegment,
      playing: false,
      sandboxUndo: state.sandboxUndo.slice(0, -1),
      sandboxFurthest: previous.cursor,
    },
    outcome: { kind: 'undone' },
  };
}

/** Into the sandbox, keeping whatever session was there, at its end ("now"). */
export function enterSandbox(state: SandboxState, traces: SandboxTraces): Partial<SandboxState> {
  const steps = traces.of(state.sandbox, state.options).steps.length;
  return { mode: 'sandbox', cursor: steps, playing: false, selectedSegment: null, sandboxFurthest: steps };
}

/**
 * The guided scenario on screen, cut at the step on screen, becomes the sandbox session (see
 * sandboxFork): the learner goes on from there. A session already in the sandbox is kept on the
 * undo stack, so nothing the learner made is thrown away (`replaced` says so, for the notice).
 * Null where the scenario has no sandbox equivalent.
 */
export function continueInSandbox(state: SandboxState): { patch: Partial<SandboxState>; replaced: boolean } | null {
  if (state.mode !== 'scenario') return null;
  const session = sessionFromScenario(state.scenario, state.options, state.cursor);
  if (!session) return null;
  const replaced = hasSession(state.sandbox);
  const previousEnd = simulateSandbox(state.sandbox, state.options).steps.length;
  const patch: Partial<SandboxState> = {
    mode: 'sandbox',
    sandbox: session,
    cursor: state.cursor,
    playing: false,
    selectedSegment: null,
    sandboxFurthest: state.cursor,
    sandboxUndo: replaced
      ? [...state.sandboxUndo, { session: state.sandbox, cursor: previousEnd, selectedSegment: null }].slice(-UNDO_LIMIT)
      : state.sandboxUndo,
  };
  return { patch, replaced };
}

export function hasSession(session: SandboxSession): boolean {
  return session.actions.length > 0 || session.fates.length > 0;
}
