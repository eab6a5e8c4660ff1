import type { TimeScale } from './timeScale';

/**
 * How long, in real seconds, the playhead takes to cover a stretch of the diagram at speed 1:
 * a 100 ms flight takes about a second, which reads well on a projector.
 */
export const REAL_MS_PER_SCREEN_MS = 9;
/** Steps at the same instant (e.g. a call and the segment it sends) still get a visible pause. */
export const MIN_STEP_MS = 450;
export const MAX_STEP_MS = 4500;

export function stepDurationMs(scale: TimeScale, fromT: number, toT: number, speed: number): number {
  const distance = Math.abs(scale.toScreen(toT) - scale.toScreen(fromT));
  const atSpeedOne = Math.min(MAX_STEP_MS, Math.max(MIN_STEP_MS, distance * REAL_MS_PER_SCREEN_MS));
  return atSpeedOne / speed;
}
