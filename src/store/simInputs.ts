import { DEFAULT_OPTIONS, type ScenarioId, type SeqMode, type SimOptions } from '../engine';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import type { MessageParams } from '../i18n/format';
import type { MessageKey } from '../i18n/messages';
import { EMPTY_SESSION, type SandboxSession } from './sandboxSession';
import { DEFAULT_SPEED } from './speed';

/** How sequence numbers are shown (the engine's notation, src/engine/segmentLabel.ts). */
export type { SeqMode };

/** Guided: a built-in scenario plays. Sandbox: nothing is scripted, the learner makes every call. */
export type SimMode = 'scenario' | 'sandbox';

/** What Undo brings back: a whole sandbox moment. */
export interface SandboxSnapshot {
  readonly session: SandboxSession;
  readonly cursor: number;
  readonly selectedSegment: number | null;
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
  embed: null,
};
