import { TIME_WAIT_PRESETS, type SimOptions } from '../../engine';

/** A number field of the options dialog: which option it sets and what it accepts. */
export interface NumberFieldSpec {
  readonly key: 'isnClient' | 'isnServer' | 'seed' | 'latencyMs';
  readonly min: number;
  readonly max: number;
}

const UINT32_MAX = 2 ** 32 - 1;

/**
 * What the dialog accepts. ISNs and the seed span the whole 32-bit space, as in the link.
 * Latency is narrower than the link allows (1–60 000 ms): below 20 ms the arrows are flat,
 * above a second the 1 s retransmission timer fires before any answer can arrive.
 */
export const NUMBER_FIELDS = {
  isnClient: { key: 'isnClient', min: 0, max: UINT32_MAX },
  isnServer: { key: 'isnServer', min: 0, max: UINT32_MAX },
  seed: { key: 'seed', min: 0, max: UINT32_MAX },
  latencyMs: { key: 'latencyMs', min: 20, max: 1000 },
} as const satisfies Record<NumberFieldSpec['key'], NumberFieldSpec>;

export type NumberProblem = 'empty' | 'notWhole' | 'range';

export type NumberReading =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: NumberProblem };

/**
 * Reads what a learner typed. Only plain decimal digits count (spaces around them are
 * forgiven): "1e3", "12.5", "-1", "0x10" and "١٢" are refused rather than guessed at, because
 * a sequence number that silently became something else would teach the wrong thing.
 */
export function readWholeNumber(raw: string, spec: Pick<NumberFieldSpec, 'min' | 'max'>): NumberReading {
  const text = raw.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (!/^[0-9]+$/.test(text)) return { ok: false, problem: 'notWhole' };
  // More digits than any 32-bit number has: out of range, and Number() would lose precision.
  if (text.replace(/^0+(?=\d)/, '').length > 10) return { ok: false, problem: 'range' };
  const value = Number(text);
  if (value < spec.min || value > spec.max) return { ok: false, problem: 'range' };
  return { ok: true, value };
}

/** The message key and parameters for a refused value, ending with the value still in use. */
export function problemMessage(problem: NumberProblem, spec: Pick<NumberFieldSpec, 'min' | 'max'>): {
  key: string;
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
  const seed = Math.floor(random() * (UINT32_MAX + 1)) >>> 0;
  return seed === current ? (seed + 1) >>> 0 : seed;
}
