/**
 * Options a user can set for a run. Serialisable (they live in the store and the link).
 */
import { DEFAULT_PROFILE, isProfile, type Profile } from './profile';

export type IsnMode = 'fixed' | 'random' | 'wrap';

export interface SimOptions {
  /** fixed: isnClient/isnServer as given; random: from `seed`; wrap: just below 2^32 so sequence numbers wrap. */
  isnMode: IsnMode;
  isnClient: number;
  isnServer: number;
  seed: number;
  /** One-way latency, client → server and server → client, in ms. */
  latencyMs: number;
  /** 2×MSL in ms. */
  timeWaitMs: number;
  /** Listeners answer with SYN cookies when their queue is full (matters in syn-flood). */
  synCookies: boolean;
  /** RFC 9293 to the letter, or what a Linux kernel does where the two differ (profile.ts). */
  profile: Profile;
  /**
   * The backlog a server passes to listen(): how many connections its listener holds before the
   * application accepts them (half-open in the SYN queue, established in the accept queue).
   * A scenario that sets its own (syn-flood) keeps it.
   */
  backlog: number;
}

export const DEFAULT_ISN = { client: 1000, server: 5000 } as const;

/** Linux's TIME-WAIT: a fixed 60 s (the RFC's 2×MSL would be 4 minutes, §3.4.2). */
export const TIME_WAIT_PRESETS = { rfc: 240_000, linux: 60_000, classroom: 5_000 } as const;

export const DEFAULT_OPTIONS: SimOptions = {
  isnMode: 'fixed',
  isnClient: DEFAULT_ISN.client,
  isnServer: DEFAULT_ISN.server,
  seed: 1,
  latencyMs: 100,
  timeWaitMs: TIME_WAIT_PRESETS.linux,
  synCookies: false,
  profile: DEFAULT_PROFILE,
  backlog: 128,
};

type NumericOption = { [K in keyof SimOptions]: SimOptions[K] extends number ? K : never }[keyof SimOptions];

export interface OptionLimits {
  readonly min: number;
  readonly max: number;
}

const UINT32_MAX = 2 ** 32 - 1;

/**
 * The one range of each numeric option: the Options dialog, the link and the trace CLI accept
 * exactly these. ISNs and the seed span the 32-bit space (§3.4.1). Latency stops at 20 ms (below
 * that the arrows are flat) and 1000 ms (a slow satellite hop). TIME-WAIT spans the presets
 * (5 s classroom, 60 s Linux, 240 s RFC) with room around them for a hand-edited link.
 */
export const OPTION_LIMITS = {
  isnClient: { min: 0, max: UINT32_MAX },
  isnServer: { min: 0, max: UINT32_MAX },
  seed: { min: 0, max: UINT32_MAX },
  latencyMs: { min: 20, max: 1000 },
  timeWaitMs: { min: 100, max: 600_000 },
  // listen()'s backlog: at least one connection; Linux caps it at net.core.somaxconn (4096).
  backlog: { min: 1, max: 4096 },
} as const satisfies Record<NumericOption, OptionLimits>;

export type WholeNumberProblem = 'empty' | 'notWhole' | 'range';

export type WholeNumberReading =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: WholeNumberProblem };

/**
 * Reads a whole number typed by a person (the dialog, a link, the CLI). Only plain decimal digits
 * count, spaces around them forgiven: "1e3", "12.5", "-1", "0x10" and "١٢" are refused rather than
 * guessed at, because a sequence number that silently became something else would teach the
 * wrong thing.
 */
export function readWholeNumber(raw: string, limits: OptionLimits): WholeNumberReading {
  const text = raw.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (!/^[0-9]+$/.test(text)) return { ok: false, problem: 'notWhole' };
  // More digits than Number() keeps exactly: out of every range we have, and not worth converting.
  if (text.replace(/^0+(?=\d)/, '').length > 15) return { ok: false, problem: 'range' };
  const value = Number(text);
  if (value < limits.min || value > limits.max) return { ok: false, problem: 'range' };
  return { ok: true, value };
}

/**
 * Reads a profile name from a person (a link, the CLI): exactly `rfc9293` or `linux`, or null.
 * Case and spaces are not forgiven either: a link that says `Linux ` was hand-edited and the
 * reader should be told it was not followed, not get a guess.
 */
export function readProfile(raw: string): Profile | null {
  return isProfile(raw) ? raw : null;
}
