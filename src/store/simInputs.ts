import { DEFAULT_OPTIONS, type ScenarioId, type SeqMode, type SimOptions, type Trace } from '../engine';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import type { MessageParams } from '../i18n/format';
import type { MessageKey } from '../i18n/messages';
import { EMPTY_SESSION, type SandboxSession, type SandboxSnapshot, type SimMode } from '../sandbox';
import { DEFAULT_SPEED } from './speed';

/** How sequence numbers are shown (the engine's notation, src/engine/segmentLabel.ts). */
export type { SeqMode };

export type { SandboxSnapshot, SimMode };

/**
 * A connection from a capture file, already inferred: the file itself is the input, and it cannot
 * go into a link, so the store keeps the trace it gave (plain data) and where it came from.
 */
export interface CaptureRun {
  readonly trace: Trace;
  readonly fileName: string;
  readonly stream: number;
}

export interface Notice {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/**
 * Everything the store holds. All of it is serialisable and most of it goes into the link;
 * the trace, the current step, badges and so on are derived by selectors.
 */
export interface SimInputs {
  mode: SimMode;
  /** The built-in scenario; kept while in the sandbox so going back returns to it. */
  scenario: ScenarioId;
  /** The learner's own calls and network fates (mode 'sandbox'); in the link. */
  sandbox: SandboxSession;
  /** The capture connection on screen in mode 'capture'; kept when leaving, like the sandbox session. */
  capture: CaptureRun | null;
  /** Earlier sandbox moments for Undo, newest last (not in the link: it is this visit's history). */
  sandboxUndo: readonly SandboxSnapshot[];
  /** The furthest step seen in this sandbox session: acting before it changes a past already watched. */
  sandboxFurthest: number;
  /** "You changed the past" has been explained once; later forks get a short note. */
  sandboxForkExplained: boolean;
  options: SimOptions;
  /** Number of steps applied: 0 (before anything happens) … steps.length. */
  cursor: number;
  playing: boolean;
  /** Playback rate, 0.25–4. */
  speed: number;
  locale: Locale;
  seqMode: SeqMode;
  /** Segment id the learner picked for the header inspector. */
  selectedSegment: number | null;
  notice: Notice | null;
  /** Presenter mode (the projector layout); in the link as `present=1`, so a slide can open it at a step. */
  presenting: boolean;
  /** Shown inside another page (`#…&embed=1`): the diagram, the step controls and the caption only. */
  embed: EmbedView | null;
}

/** An embedded view, its steps locked to [from, to] (0 … number of steps; the whole run by default). */
export interface EmbedView {
  readonly from: number;
  readonly to: number;
}

export const DEFAULT_SCENARIO: ScenarioId = 'handshake';

export const DEFAULT_INPUTS: SimInputs = {
  mode: 'scenario',
  scenario: DEFAULT_SCENARIO,
  sandbox: EMPTY_SESSION,
  capture: null,
  sandboxUndo: [],
  sandboxFurthest: 0,
  sandboxForkExplained: false,
  options: DEFAULT_OPTIONS,
  cursor: 0,
  playing: false,
  speed: DEFAULT_SPEED,
  locale: DEFAULT_LOCALE,
  seqMode: 'relative',
  selectedSegment: null,
  notice: null,
  presenting: false,
  embed: null,
};
