import { piecewise } from '../export/ladder/piecewise';
import type { TimeScale } from '../export/ladder/timeScale';

/**
 * How long, in real milliseconds, the playhead takes to cover a stretch of the diagram at speed 1:
 * a 100 ms flight takes about a second, which reads well on a projector.
 */
export const REAL_MS_PER_SCREEN_MS = 9;
/** Steps at the same instant (e.g. a call and the segment it sends) still get a visible pause. */
export const MIN_STEP_MS = 450;
export const MAX_STEP_MS = 4500;
/**
 * Extra time spent crossing a compressed idle span: it is drawn short, but a 60 s TIME-WAIT should
 * still be felt, and its countdown seen running down.
 */
export const BREAK_DWELL_MS = 1500;

/**
 * The playback pace: real milliseconds (at speed 1) from t = 0 to a logical time, and back. It is
 * linear between the scale's points, so a glide that is linear in pace moves the playhead over the
 * diagram at a steady speed and lingers in each break.
 */
export interface Pace {
  at(t: number): number;
  timeAt(pace: number): number;
}

interface PacePoint {
  readonly t: number;
  readonly p: number;
}

export function buildPace(scale: TimeScale): Pace {
  const breakEnds = new Set(scale.breaks.map((b) => b.toT));
  let dwell = 0;
  const points: PacePoint[] = scale.points.map(({ t, s }) => {
    if (breakEnds.has(t)) dwell += BREAK_DWELL_MS;
    return { t, p: s * REAL_MS_PER_SCREEN_MS + dwell };
  });
  return {
    at: (t) => piecewise(points, t, 't', 'p'),
    timeAt: (p) => piecewise(points, p, 'p', 't'),
  };
}

export function stepDurationMs(scale: TimeScale, fromT: number, toT: number, speed: number, pace = buildPace(scale)): number {
  const distance = Math.abs(pace.at(toT) - pace.at(fromT));
  const atSpeedOne = Math.min(MAX_STEP_MS, Math.max(MIN_STEP_MS, distance));
  return atSpeedOne / speed;
}
