import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ScenarioId, SimOptions } from '../engine';
import type { Locale } from '../i18n/locale';
import { DEFAULT_INPUTS, type Notice, type SeqMode, type SimInputs } from './simInputs';
import { clampSpeed } from './speed';
import { selectStepCount } from './traceSelectors';

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
}

export type SimState = SimInputs & SimActions;
export type SimStore = StoreApi<SimState>;

function clampCursor(cursor: number, stepCount: number): number {
  if (!Number.isFinite(cursor)) return 0;
  return Math.min(stepCount, Math.max(0, Math.trunc(cursor)));
}

export function createSimStore(initial: Partial<SimInputs> = {}): SimStore {
  return createStore<SimState>()((set, get) => {
    const steps = () => selectStepCount(get());
    return {
      ...DEFAULT_INPUTS,
      ...initial,
      stepForward() {
        const { cursor } = get();
        // Stepping past the end is how playback finishes: it pauses instead of moving.
        if (cursor >= steps()) set({ playing: false });
        else set({ cursor: cursor + 1 });
      },
      // Any jump other than "one step forward" is an explicit choice to look somewhere: it pauses.
      stepBack: () => set({ cursor: Math.max(0, get().cursor - 1), playing: false }),
      seek: (cursor) => set({ cursor: clampCursor(cursor, steps()), playing: false }),
      goToStart: () => set({ cursor: 0, playing: false }),
      goToEnd: () => set({ cursor: steps(), playing: false }),
      play() {
        const count = steps();
        if (count === 0) return;
        // Play at the end replays from the start rather than doing nothing.
        set(get().cursor >= count ? { cursor: 0, playing: true } : { playing: true });
      },
      pause: () => set({ playing: false }),
      togglePlay() {
        if (get().playing) get().pause();
        else get().play();
      },
      setSpeed: (speed) => set({ speed: clampSpeed(speed) }),
      loadScenario: (scenario) => set({ scenario, cursor: 0, playing: false, selectedSegment: null }),
      setOptions(partial) {
        const options = { ...get().options, ...partial };
        const count = selectStepCount({ scenario: get().scenario, options });
        set({ options, cursor: clampCursor(get().cursor, count), playing: false, selectedSegment: null });
      },
      setLocale: (locale) => set({ locale }),
      setSeqMode: (seqMode) => set({ seqMode }),
      selectSegment: (selectedSegment) => set({ selectedSegment }),
      showNotice: (notice) => set({ notice }),
      dismissNotice: () => set({ notice: null }),
    };
  });
}
