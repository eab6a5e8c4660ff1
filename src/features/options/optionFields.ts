import {
  OPTION_LIMITS,
  readWholeNumber,
  TIME_WAIT_PRESETS,
  type OptionLimits,
  type SimOptions,
  type WholeNumberProblem,
} from '../../engine';
import type { MessageKey } from '../../i18n';

/** A number field of the options dialog: which option it sets and what it accepts. */
export interface NumberFieldSpec extends OptionLimits {
  readonly key: 'isnClient' | 'isnServer' | 'seed' | 'latencyMs' | 'backlog';
}

/** What the dialog accepts: the same ranges as the link and the CLI (OPTION_LIMITS). */
export const NUMBER_FIELDS = {
  isnClient: { key: 'isnClient', ...OPTION_LIMITS.isnClient },
  isnServer: { key: 'isnServer', ...OPTION_LIMITS.isnServer },
  seed: { key: 'seed', ...OPTION_LIMITS.seed },
  latencyMs: { key: 'latencyMs', ...OPTION_LIMITS.latencyMs },
  backlog: { key: 'backlog', ...OPTION_LIMITS.backlog },
} as const satisfies Record<NumberFieldSpec['key'], NumberFieldSpec>;

export { readWholeNumber };
export type NumberProblem = WholeNumberProblem;

/** The message key and parameters for a refused value, ending with the value still in use. */
export function problemMessage(
  problem: NumberProblem,
  spec: OptionLimits,
): {
  key: MessageKey;
  params?: Record<string, number>;
} {
  switch (problem) {
    case 'empty':
      return { key: 'options.error.empty' };
    case 'notWhole':
      return { key: 'options.error.notWhole' };
    case 'range':
      return { key: 'options.error.range', params: { min: spec.min, max: spec.max } };
  }
}

export type TimeWaitPreset = keyof typeof TIME_WAIT_PRESETS;
export const TIME_WAIT_PRESET_IDS = Object.keys(TIME_WAIT_PRESETS) as TimeWaitPreset[];

/** Which preset a TIME-WAIT length is; null for a value that came from a hand-edited link. */
export function timeWaitPresetOf(ms: number): TimeWaitPreset | null {
  return TIME_WAIT_PRESET_IDS.find((id) => TIME_WAIT_PRESETS[id] === ms) ?? null;
}

/** A fresh seed for "New seed", different from the current one. Randomness belongs here, not in the engine. */
export function newSeed(current: SimOptions['seed'], random: () => number = Math.random): number {
  const seed = Math.floor(random() * (OPTION_LIMITS.seed.max + 1)) >>> 0;
  return seed === current ? (seed + 1) >>> 0 : seed;
}
