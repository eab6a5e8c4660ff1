import type { Translate } from './translate';

/**
 * A real duration in words the learner can read at a glance: "100 ms", "1.5 s", "60 s", "4 min".
 * Units come from the message tables because Chinese writes 秒 and 分钟.
 */
export function formatDuration(ms: number, t: Translate): string {
  // Rounded first: an RTO of 999.6 ms (from measured round trips) read "1000 ms" beside "1 s".
  const whole = Math.round(ms);
  if (Math.abs(whole) < 1000) return t('seqFormat.ms', { value: whole });
  const seconds = whole / 1000;
  // Whole minutes from two minutes up: the RFC's 2MSL reads "4 min", Linux's stays "60 s".
  if (seconds >= 120 && Number.isInteger(seconds / 60)) return t('seqFormat.minutes', { value: seconds / 60 });
  // One decimal while it still says something (1.5 s), none once it is large (60 s).
  const value = Number.isInteger(seconds) || seconds >= 10 ? Math.round(seconds) : seconds.toFixed(1);
  return t('seqFormat.seconds', { value });
}
