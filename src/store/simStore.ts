import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ScenarioId, Side, SimOptions, UserCall } from '../engine';
import type { Locale } from '../i18n/locale';
import {
  continueInSandbox, enterSandbox, loadPreset, makeCall, resetSession, setFate, undo, type SandboxChange, type SandboxOutcome,
} from './sandboxActions';
import { quoteTokens, replaySandbox, sessionParts } from './sandboxLink';
import type { SandboxPresetId } from './sandboxPresets';
import { DEFAULT_INPUTS, type Notice, type SeqMode, type SimInputs } from './simInputs';
import { clampSpeed } from './speed';
import { rememberTrace, selectFirstStep, selectLastStep, selectStepCount } from './traceSelectors';

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
  setOptions(options: Partial<SimOptions>): void;
  setLocale(locale: Locale): void;
  setSeqMode(mode: SeqMode): void;
  selectSegment(id: number | null): void;
  showNotice(notice: Notice): void;
  dismissNotice(): void;
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
  return createStore<SimState>()((set, get) => {
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
    const apply = ({ patch, outcome }: SandboxChange): SandboxOutcome => {
      if (Object.keys(patch).length > 0) set(patch);
      return outcome;
    };
    return {
      ...DEFAULT_INPUTS,
      ...initial,
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
      pause: () => set({ playing: false }),
      togglePlay() {
        if (get().playing) get().pause();
        else get().play();
      },
      setSpeed: (speed) => set({ speed: clampSpeed(speed) }),
      loadScenario: (scenario) => set({ mode: 'scenario', scenario, cursor: 0, playing: false, selectedSegment: null }),
      setOptions(partial) {
        const state = get();
        const options = { ...state.options, ...partial };
        // A sandbox session is re-checked under the new options (another latency can put a
        // segment's arrival before the step where it was dropped); what no longer fits is named.
        let sandbox = state.sandbox;
        let notice = state.notice;
        if (state.mode === 'sandbox') {
          const { session, rejected, trace } = replaySandbox(sessionParts(state.sandbox), options);
          sandbox = session;
          rememberTrace({ ...state, sandbox, options }, trace);
          if (rejected.length > 0) notice = { key: 'sandbox.notice.optionsDropped', params: { parts: quoteTokens(rejected) } };
        }
        const count = selectStepCount({ ...state, sandbox, options });
        set({ options, sandbox, notice, cursor: clampCursor(state.cursor, count), playing: false, selectedSegment: null });
      },
      setLocale: (locale) => set({ locale }),
      setSeqMode: (seqMode) => set({ seqMode }),
      selectSegment: (selectedSegment) => set({ selectedSegment }),
      showNotice: (notice) => set({ notice }),
      dismissNotice: () => set({ notice: null }),
      openSandbox: () => set(enterSandbox(get())),
      leaveSandbox: () => get().loadScenario(get().scenario),
      continueInSandbox() {
        const patch = continueInSandbox(get());
        if (patch) set(patch);
        return patch !== null;
      },
      sandboxCall: (side, call, bytes) => apply(makeCall(get(), side, call, bytes)),
      dropSegment: (id) => apply(setFate(get(), id, { fate: 'lose' })),
      delaySegment: (id, delayMs) => apply(setFate(get(), id, { fate: 'delay', ...(delayMs !== undefined ? { delayMs } : {}) })),
      duplicateSegment: (id) => apply(setFate(get(), id, { fate: 'duplicate' })),
      deliverSegment: (id) => apply(setFate(get(), id, { fate: 'deliver' })),
      resetSandbox: () => apply(resetSession(get())),
      undoSandbox: () => apply(undo(get())),
      loadSandboxPreset: (preset) => apply(loadPreset(get(), preset)),
    };
  });
}
