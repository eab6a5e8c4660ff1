/**
 * The retransmission timer's arithmetic, RFC 6298. Pure numbers: the TCB operations in tcbOps
 * decide when a sample is taken and when the timer backs off; this file only says what follows.
 */

/** §2.3: the gains of the two estimators, and the variance multiplier of §2.2. */
const ALPHA = 1 / 8;
const BETA = 1 / 4;

/**
 * §2.2's G, the clock granularity: the engine's logical clock counts whole milliseconds, so a
 * timer can only expire on a millisecond, and an RTO is rounded up to one (never below the
 * formula, so §2.4's lower bound and the estimate both still hold).
 */
const CLOCK_GRANULARITY_MS = 1;

/**
 * §2.5 lets an implementation cap the RTO at 60 s or more; Linux uses 120 s. With 7 retries a
 * SYN is retried for 247 s, honouring RFC 9293 §3.8.3 MUST-23 (at least 3 minutes).
 */
const MAX_RTO_MS = 120_000;

/**
 * §5.7: "If the timer expires awaiting the ACK of a SYN segment and the TCP implementation is
 * using an RTO less than 3 seconds, the RTO MUST be re-initialized to 3 seconds when data
 * transmission begins (i.e., after the three-way handshake completes)."
 */
export const SYN_TIMEOUT_RTO_MS = 3000;

import { rtoFromEstimate, type Profile } from './profile';

/** What the timer has learned about the path: SRTT and RTTVAR are null until the first sample (§2.1). */
export interface RttEstimate {
  readonly srttMs: number | null;
  readonly rttvarMs: number | null;
  readonly rtoMs: number;
}

/**
 * Fold one round-trip measurement R into the estimate: §2.2 for the first, §2.3 for the next
 * ones (RTTVAR is updated first, with the SRTT from before this sample, as §2.3 orders), then
 * RTO = SRTT + max(G, K·RTTVAR), bounded by §2.4 and §2.5 — or Linux's formula (profile.ts).
 */
export function measureRtt(estimate: RttEstimate, rttMs: number, profile: Profile = 'rfc9293'): RttEstimate {
  const { srttMs, rttvarMs } =
    estimate.srttMs === null || estimate.rttvarMs === null
      ? { srttMs: rttMs, rttvarMs: rttMs / 2 }
      : {
          rttvarMs: (1 - BETA) * estimate.rttvarMs + BETA * Math.abs(estimate.srttMs - rttMs),
          srttMs: (1 - ALPHA) * estimate.srttMs + ALPHA * rttMs,
        };
  return { srttMs, rttvarMs, rtoMs: boundedRto(rtoFromEstimate(profile, srttMs, rttvarMs, CLOCK_GRANULARITY_MS)) };
}

/** §5.5: "set RTO <- RTO * 2 ('back off the timer')", up to the cap of §2.5. */
export function backedOffRto(rtoMs: number): number {
  return Math.min(rtoMs * 2, MAX_RTO_MS);
}

/** On a clock tick and under the cap of §2.5 (the floor of §2.4 is the profile's: rtoFromEstimate). */
function boundedRto(rtoMs: number): number {
  const onTick = Math.ceil(rtoMs / CLOCK_GRANULARITY_MS) * CLOCK_GRANULARITY_MS;
  return Math.min(onTick, MAX_RTO_MS);
}
