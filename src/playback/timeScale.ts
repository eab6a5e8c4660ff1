import type { Trace } from '../engine';

/**
 * Logical time → on-screen time, by the same rule as the ladder's axis. A 60 s TIME-WAIT or a long RTO back-off next to 100 ms flights
 * would leave the interesting part a sliver, so any idle span (nothing in flight) longer than COMPRESS_ABOVE_MS is
 * drawn as COMPRESSED_SPAN_MS and reported as a break (the ladder marks it and shows the real
 * duration). Playback uses the same scale, so the playhead moves at a steady on-screen pace.
 */
export const COMPRESS_ABOVE_MS = 1500;
export const COMPRESSED_SPAN_MS = 500;

export interface TimeBreak {
  /** Logical start and end of the compressed span. */
  readonly from: number;
  readonly to: number;
}

export interface TimeScale {
  toScreen(t: number): number;
  readonly breaks: readonly TimeBreak[];
  /** Screen time of the last event. */
  readonly end: number;
}

export function buildTimeScale(trace: Trace): TimeScale {
  const times = new Set<number>([0]);
  for (const step of trace.steps) times.add(step.t);
  for (const segment of trace.segments) {
    times.add(segment.sentAt);
    times.add(segment.arrivesAt);
  }
  const knots = [...times].sort((a, b) => a - b);
  const screen: number[] = [0];
  const breaks: TimeBreak[] = [];
  for (let i = 1; i < knots.length; i++) {
    const gap = (knots[i] as number) - (knots[i - 1] as number);
    const from = knots[i - 1] as number;
    const to = knots[i] as number;
    // Only idle spans shrink: a segment in flight keeps its true proportions.
    const inFlight = trace.segments.some((s) => s.sentAt < to && s.arrivesAt > from);
    const compressed = !inFlight && gap > COMPRESS_ABOVE_MS;
    if (compressed) breaks.push({ from, to });
    screen.push((screen[i - 1] as number) + (compressed ? COMPRESSED_SPAN_MS : gap));
  }

  function toScreen(t: number): number {
    if (t <= 0) return t;
    // Binary search for the last knot at or before t.
    let lo = 0;
    let hi = knots.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((knots[mid] as number) <= t) lo = mid;
      else hi = mid - 1;
    }
    const k0 = knots[lo] as number;
    const s0 = screen[lo] as number;
    const k1 = knots[lo + 1];
    if (k1 === undefined) return s0 + (t - k0);
    const s1 = screen[lo + 1] as number;
    return s0 + ((t - k0) / (k1 - k0)) * (s1 - s0);
  }

  return { toScreen, breaks, end: screen[screen.length - 1] as number };
}
