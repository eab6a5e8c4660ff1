import type { TimerRun } from '../../export/ladder/timerRuns';
import { formatDuration, type Translate } from '../seq-format';

/**
 * "0.4 s left" while it runs (real time, read off the playhead), then "fired" / "stopped" / …;
 * `short`: the countdown alone, for a phone's narrow notes column (the bracket says it runs).
 */
export function timerStatus(run: TimerRun, now: number, t: Translate, short = false): string {
  if (now < run.end - 1e-6) {
    const seconds = Math.max(0, run.deadline - now) / 1000;
    const remaining =
      seconds < 1
        ? formatDuration(seconds * 1000, t)
        : t('seqFormat.seconds', { value: seconds >= 10 ? Math.ceil(seconds) : seconds.toFixed(1) });
    return t(short ? 'ladder.timer.leftShort' : 'ladder.timer.left', { remaining });
  }
  return t(`ladder.timer.${run.outcome}`);
}
