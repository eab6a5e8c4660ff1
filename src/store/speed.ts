/** Playback speeds offered by the speed control and the [ ] keys. 1 = the default pace. */
export const SPEEDS: readonly number[] = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4];
export const MIN_SPEED = 0.25;
export const MAX_SPEED = 4;
export const DEFAULT_SPEED = 1;

export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return DEFAULT_SPEED;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}

/** The next preset above (direction 1) or below (-1) the current speed, staying in range. */
export function nextSpeed(speed: number, direction: 1 | -1): number {
  if (direction === 1) return SPEEDS.find((s) => s > speed + 1e-9) ?? MAX_SPEED;
  return [...SPEEDS].reverse().find((s) => s < speed - 1e-9) ?? MIN_SPEED;
}
