import { DEFAULT_OPTIONS, type ScenarioId, type SimOptions } from '../engine';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import type { MessageParams } from '../i18n/format';
import type { MessageKey } from '../i18n/messages';
import { DEFAULT_SPEED } from './speed';

/** How sequence numbers are shown: relative to each side's ISN (like Wireshark) or as sent. */
export type SeqMode = 'relative' | 'absolute';

export interface Notice {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/**
 * Everything the store holds. All of it is serialisable and most of it goes into the link;
 * the trace, the current step, badges and so on are derived by selectors.
 */
export interface SimInputs {
  scenario: ScenarioId;
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
}

export const DEFAULT_SCENARIO: ScenarioId = 'handshake';

export const DEFAULT_INPUTS: SimInputs = {
  scenario: DEFAULT_SCENARIO,
  options: DEFAULT_OPTIONS,
  cursor: 0,
  playing: false,
  speed: DEFAULT_SPEED,
  locale: DEFAULT_LOCALE,
  seqMode: 'relative',
  selectedSegment: null,
  notice: null,
};
