/**
 * The lesson's clock in the speaker notes: time since presenter mode started, pausable. Pure:
 * every function is given `now` (ms since the epoch, the same in both windows of one browser),
 * so the two windows agree by sharing this small value, not by ticking in step.
 */
export interface PresenterTimer {
  /** When it started, moved later by every pause so elapsed time leaves the pauses out. */
  readonly startedAt: number;
  /** When it was paused, or null while running. */
  readonly pausedAt: number | null;
}

export function startTimer(now: number): PresenterTimer {
  return { startedAt: now, pausedAt: null };
}

export function elapsedMs(timer: PresenterTimer, now: number): number {
  return Math.max(0, (timer.pausedAt ?? now) - timer.startedAt);
}

export function pauseTimer(timer: PresenterTimer, now: number): PresenterTimer {
  return timer.pausedAt === null ? { ...timer, pausedAt: now } : timer;
}

export function resumeTimer(timer: PresenterTimer, now: number): PresenterTimer {
  return timer.pausedAt === null ? timer : { startedAt: timer.startedAt + (now - timer.pausedAt), pausedAt: null };
}

/** "4:05", "1:02:09": minutes and seconds, hours only once a lesson runs that long. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const seconds = total % 60;
  const minutes = Math.floor(total / 60) % 60;
  const hours = Math.floor(total / 3600);
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** A timer that came through the channel: anything but two finite numbers (or a null pause) is not one. */
export function isPresenterTimer(value: unknown): value is PresenterTimer {
  if (typeof value !== 'object' || value === null) return false;
  const { startedAt, pausedAt } = value as Record<string, unknown>;
  return Number.isFinite(startedAt) && (pausedAt === null || Number.isFinite(pausedAt));
}
