import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ScenarioId, Side, SimOptions, UserCall } from '../engine';
import type { Locale } from '../i18n/locale';
import { quoteTokens, sessionParts, type FateChange, type SandboxChange, type SandboxOutcome, type SandboxPresetId } from '../sandbox';
import { arrivedSandboxParts, loadEngine, loadSandboxParts, sandboxParts } from './engineArrival';
import { DEFAULT_INPUTS, type CaptureRun, type Notice, type SeqMode, type SimInputs } from './simInputs';
import { clampSpeed } from './speed';
import {
  rememberTrace,
  sandboxTraces,
  selectFirstStep,
  selectLastStep,
  selectStepCount,
  traceReady,
  type TraceInputs,
} from './traceSelectors';

/** Actions are named for what the user did, not for the fields they change. */
export interface SimActions {
  stepForward(): void;
  stepBack(): void;
  seek(cursor: number): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  goToStart(): void;
  goToEnd(): void;
  setSpeed(speed: number): void;
  loadScenario(id: ScenarioId): void;
  /** Play one connection of a capture the learner opened, from its start, paused. */
  openCapture(run: CaptureRun): void;
  setOptions(options: Partial<SimOptions>): void;
  setLocale(locale: Locale): void;
  setSeqMode(mode: SeqMode): void;
  selectSegment(id: number | null): void;
  showNotice(notice: Notice): void;
  dismissNotice(): void;
  /** Enter or leave presenter mode. */
  setPresenting(presenting: boolean): void;
  /** Switch to the sandbox, keeping any session already made; the cursor goes to its end. */
  openSandbox(): void;
  /** Back to the guided scenario last shown (the session stays for next time). */
  leaveSandbox(): void;
  /** The guided scenario up to the step on screen becomes the sandbox session; false if it cannot. */
  continueInSandbox(): boolean;
  /** A socket call at the cursor; forks if the cursor is not at the end of what the learner did. */
  sandboxCall(side: Side, call: UserCall, bytes?: number): SandboxOutcome;
  dropSegment(id: number): SandboxOutcome;
  delaySegment(id: number, delayMs?: number): SandboxOutcome;
  duplicateSegment(id: number): SandboxOutcome;
  /** Take back a drop or delay: the segment is delivered normally again. */
  deliverSegment(id: number): SandboxOutcome;
  resetSandbox(): SandboxOutcome;
  undoSandbox(): SandboxOutcome;
  loadSandboxPreset(preset: SandboxPresetId): SandboxOutcome;
}

export type SimState = SimInputs & SimActions;
export type SimStore = StoreApi<SimState>;

function clampCursor(cursor: number, stepCount: number, first = 0): number {
  if (!Number.isFinite(cursor)) return first;
  return Math.min(stepCount, Math.max(first, Math.trunc(cursor)));
}

export function createSimStore(initial: Partial<SimInputs> = {}): SimStore {
  return createStore<SimState>()((set, get) => ({
    ...DEFAULT_INPUTS,
    ...initial,
    ...inOrderWithEngine({ ...playbackActions(set, get), ...settingActions(set, get), ...sandboxActions(set, get) }, get),
  }));
}

type SetState = StoreApi<SimState>['setState'];
type GetState = StoreApi<SimState>['getState'];
type AnyAction = (...args: never[]) => unknown;

/** What an action waits for before it can happen: the engine, or the sandbox's code (with it). */
type Awaited = () => Promise<unknown>;

/**
 * The prerendered page answers before the engine has arrived (engineArrival.ts). An action that
 * needs a trace the store cannot draw yet (another scenario, other options) or the sandbox's
 * code waits for it and then happens: no input is lost, and nothing is drawn without its trace.
 * Whatever is done meanwhile waits behind it, so a scenario chosen and then a step taken happen
 * in that order. While nothing waits, every action runs at once, as it always does once the
 * engine is in. The sandbox's own buttons exist only in the sandbox, which has its code.
 */
function inOrderWithEngine(actions: SimActions, get: GetState): SimActions {
  const engineFor = (state: TraceInputs): Awaited | null => (traceReady(state) ? null : loadEngine);
  const sandboxCode = (): Awaited | null => (arrivedSandboxParts() ? null : loadSandboxParts);
  const waitsFor: { readonly [K in keyof SimActions]?: (...args: Parameters<SimActions[K]>) => Awaited | null } = {
    loadScenario: (scenario) => engineFor({ ...get(), mode: 'scenario', scenario }),
    setOptions: (partial) => engineFor({ ...get(), options: { ...get().options, ...partial } }),
    openSandbox: sandboxCode,
    continueInSandbox: sandboxCode,
  };
  let waiting = 0;
  let queue: Promise<void> = Promise.resolve();
  const cannotLoad = (error: unknown) => {
    // This action cannot happen. The page says so once, with a Try again (fetchFault.ts, reported
    // by engineArrival.ts); the next action that needs the engine asks for it again too.
    console.error('The engine could not be loaded', error);
  };
  const inOrder =
    <A extends AnyAction>(action: A, needs?: (...args: Parameters<A>) => Awaited | null) =>
    (...args: Parameters<A>): ReturnType<A> | false => {
      if (waiting === 0 && !needs?.(...args)) return action(...args) as ReturnType<A>;
      waiting += 1;
      queue = queue
        .then(() => needs?.(...args)?.())
        .then(() => void action(...args), cannotLoad)
        // A later action must still happen, whatever this one did.
        .catch((error: unknown) => console.error(error))
        .finally(() => {
          waiting -= 1;
        });
      // Only continueInSandbox answers (whether it opened the sandbox): not yet.
      return false;
    };
  const ordered = { ...actions };
  for (const name of ORDERED_ACTIONS) {
    const needs = waitsFor[name] as ((...args: never[]) => Awaited | null) | undefined;
    (ordered as Record<string, AnyAction>)[name] = inOrder(actions[name] as AnyAction, needs);
  }
  return ordered;
}

/** Every action but the sandbox's own buttons, which return what they did at once. */
const ORDERED_ACTIONS = [
  'stepForward',
  'stepBack',
  'seek',
  'play',
  'pause',
  'togglePlay',
  'goToStart',
  'goToEnd',
  'setSpeed',
  'loadScenario',
  'openCapture',
  'setOptions',
  'setLocale',
  'setSeqMode',
  'selectSegment',
  'showNotice',
  'dismissNotice',
  'setPresenting',
  'openSandbox',
  'leaveSandbox',
  'continueInSandbox',
] as const satisfies readonly (keyof SimActions)[];

/** The sandbox's own buttons: they exist only in the open sandbox, which has its code. */
const SANDBOX_BUTTONS = [
  'sandboxCall',
  'dropSegment',
  'delaySegment',
  'duplicateSegment',
  'deliverSegment',
  'resetSandbox',
  'undoSandbox',
  'loadSandboxPreset',
] as const satisfies readonly (keyof SimActions)[];

/** Every action, named once: useSimActions hands these to components (hooks.ts checks none is missing). */
export const ACTION_NAMES = [...ORDERED_ACTIONS, ...SANDBOX_BUTTONS] as const;

type PlaybackActionName = 'stepForward' | 'stepBack' | 'seek' | 'goToStart' | 'goToEnd' | 'play' | 'pause' | 'togglePlay' | 'setSpeed';

/** Moving through the story: the cursor, playing or paused, and how fast. */
function playbackActions(set: SetState, get: GetState): Pick<SimActions, PlaybackActionName> {
  // An embedded view may lock the steps to a range: every move stays inside [first, last].
  const first = () => selectFirstStep(get());
  const steps = () => selectLastStep(get());
  /** A cursor move, remembering how far the learner has looked (see sandboxFurthest). */
  const moveTo = (cursor: number, playing?: boolean) => {
    const { sandboxFurthest, cursor: from } = get();
    set({
      cursor,
      sandboxFurthest: Math.max(sandboxFurthest, from, cursor),
      ...(playing === undefined ? {} : { playing }),
    });
  };
  return {
    stepForward() {
      const { cursor } = get();
      // Stepping past the end is how playback finishes: it pauses instead of moving.
      if (cursor >= steps()) set({ playing: false });
      else moveTo(cursor + 1);
    },
    // Any jump other than "one step forward" is an explicit choice to look somewhere: it pauses.
    stepBack: () => moveTo(Math.max(first(), get().cursor - 1), false),
    seek: (cursor) => moveTo(clampCursor(cursor, steps(), first()), false),
    goToStart: () => moveTo(first(), false),
    goToEnd: () => moveTo(steps(), false),
    play() {
      const count = steps();
      if (count <= first()) return;
      // Play at the end replays from the start rather than doing nothing.
      if (get().cursor >= count) moveTo(first(), true);
      else set({ playing: true });
    },
    // Stepping pauses first (the → key's command): when already paused, that must not notify
    // every subscriber a second time in the step's frame (issue 8).
    pause: () => {
      if (get().playing) set({ playing: false });
    },
    togglePlay() {
      if (get().playing) get().pause();
      else get().play();
    },
    setSpeed: (speed) => set({ speed: clampSpeed(speed) }),
  };
}

type SettingActionName =
  | 'loadScenario'
  | 'openCapture'
  | 'setOptions'
  | 'setLocale'
  | 'setSeqMode'
  | 'selectSegment'
  | 'showNotice'
  | 'dismissNotice'
  | 'setPresenting';

/** What is shown and how: the scenario, its options, the language, notation, selection, notice and layout. */
function settingActions(set: SetState, get: GetState): Pick<SimActions, SettingActionName> {
  return {
    loadScenario: (scenario) => set({ mode: 'scenario', scenario, cursor: 0, playing: false, selectedSegment: null }),
    openCapture: (capture) => set({ mode: 'capture', capture, cursor: 0, playing: false, selectedSegment: null }),
    setOptions: (partial) => set(withOptions(get(), { ...get().options, ...partial })),
    setLocale: (locale) => set({ locale }),
    setSeqMode: (seqMode) => set({ seqMode }),
    selectSegment: (selectedSegment) => set({ selectedSegment }),
    showNotice: (notice) => set({ notice }),
    dismissNotice: () => set({ notice: null }),
    setPresenting: (presenting) => set({ presenting }),
  };
}

/**
 * New options, paused, the cursor kept within the new story. A sandbox session is re-checked
 * under them (another latency can put a segment's arrival before the step where it was
 * dropped); what no longer fits is named in a notice.
 */
function withOptions(state: SimInputs, options: SimOptions): Partial<SimInputs> {
  let sandbox = state.sandbox;
  let notice = state.notice;
  if (state.mode === 'sandbox') {
    const { session, rejected, trace } = sandboxParts().replaySandbox(sessionParts(state.sandbox), options);
    sandbox = session;
    rememberTrace({ ...state, sandbox, options }, trace);
    if (rejected.length > 0) notice = { key: 'sandbox.notice.optionsDropped', params: { parts: quoteTokens(rejected) } };
  }
  const count = selectStepCount({ ...state, sandbox, options });
  return { options, sandbox, notice, cursor: clampCursor(state.cursor, count), playing: false, selectedSegment: null };
}

type SandboxActionName =
  | 'openSandbox'
  | 'leaveSandbox'
  | 'continueInSandbox'
  | 'sandboxCall'
  | 'dropSegment'
  | 'delaySegment'
  | 'duplicateSegment'
  | 'deliverSegment'
  | 'resetSandbox'
  | 'undoSandbox'
  | 'loadSandboxPreset';

/** The sandbox's buttons: src/sandbox decides each change, the store applies it. */
function sandboxActions(set: SetState, get: GetState): Pick<SimActions, SandboxActionName> {
  const apply = ({ patch, outcome }: SandboxChange): SandboxOutcome => {
    if (Object.keys(patch).length > 0) set(patch);
    return outcome;
  };
  const fate = (id: number, change: FateChange) => apply(sandboxParts().setFate(get(), sandboxTraces, id, change));
  return {
    openSandbox: () => set(sandboxParts().enterSandbox(get(), sandboxTraces)),
    leaveSandbox: () => get().loadScenario(get().scenario),
    continueInSandbox() {
      const state = get();
      const continued = sandboxParts().continueInSandbox(state);
      if (!continued) return false;
      const key = continued.replaced ? 'sandbox.notice.continuedReplaced' : 'sandbox.notice.continued';
      set({ ...continued.patch, notice: { key, params: { k: state.cursor } } });
      return true;
    },
    sandboxCall: (side, call, bytes) => apply(sandboxParts().makeCall(get(), sandboxTraces, side, call, bytes)),
    dropSegment: (id) => fate(id, { fate: 'lose' }),
    delaySegment: (id, delayMs) => fate(id, { fate: 'delay', ...(delayMs !== undefined ? { delayMs } : {}) }),
    duplicateSegment: (id) => fate(id, { fate: 'duplicate' }),
    deliverSegment: (id) => fate(id, { fate: 'deliver' }),
    resetSandbox: () => apply(sandboxParts().resetSession(get())),
    undoSandbox: () => apply(sandboxParts().undo(get(), sandboxTraces)),
    loadSandboxPreset: (preset) => apply(sandboxParts().loadPreset(get(), preset)),
  };
}
