import type { Trace } from '../engine';

/**
 * How many steps have *happened* on screen: the cursor, less the steps whose time the playhead has
 * not reached yet. The cursor moves to step k as soon as its glide starts, but what step k does —
 * a segment arriving, a state changing — happens when the playhead gets to step k's time, and the
 * badges and the TCB must change then, as RFC 9293 says, not a second early. At rest (after a
 * jump, a step back, a deep link, or a finished glide) the playhead is at the cursor's time and
 * this is just the cursor.
 */
export function settledCursor(trace: Trace, cursor: number, playheadT: number): number {
  let settled = Math.min(cursor, trace.steps.length);
  while (settled > 0 && (trace.steps[settled - 1]?.t ?? 0) > playheadT + TIME_EPSILON) settled--;
  return settled;
}

/** Floating-point slack: a glide lands on the step's time exactly, but a pace lookup may not. */
const TIME_EPSILON = 1e-6;
