import { useMotionValueEvent, type MotionValue } from 'framer-motion';
import { useRef } from 'react';
import type { TcbSnapshot } from '../../engine';
import { formatDuration, type Translate } from '../../ui/seq-format';

/**
 * Running timers of one side. Remaining time is read from the playhead, not from a timer of
 * our own, so a compressed 60 s TIME-WAIT still counts down the real seconds.
 */
export function TimerReadout({ tcb, playhead, t }: { tcb: TcbSnapshot; playhead: MotionValue<number>; t: Translate }) {
  const { retransmit, timeWait, delayedAck } = tcb.timers;
  if (retransmit === null && timeWait === null && delayedAck === null) return <>{t('tcb.noTimers')}</>;
  const rto = formatDuration(tcb.rtoMs, t);
  return (
    <ul className="tcb-timers">
      {retransmit !== null && (
        <Countdown deadline={retransmit} playhead={playhead} t={t} render={(remaining) => t('tcb.timer.retransmit', { remaining, rto })} />
      )}
      {timeWait !== null && (
        <Countdown deadline={timeWait} playhead={playhead} t={t} render={(remaining) => t('tcb.timer.timeWait', { remaining })} />
      )}
      {delayedAck !== null && (
        <Countdown deadline={delayedAck} playhead={playhead} t={t} render={(remaining) => t('tcb.timer.delayedAck', { remaining })} />
      )}
    </ul>
  );
}

interface CountdownProps {
  readonly deadline: number;
  readonly playhead: MotionValue<number>;
  readonly t: Translate;
  readonly render: (remaining: string) => string;
}

/**
 * The remaining time, written straight into its text as the playhead moves, when the shown tenth
 * of a second changes: a React render for each would land in the frames of a glide (issue 8).
 */
function Countdown({ deadline, playhead, t, render }: CountdownProps) {
  const item = useRef<HTMLLIElement>(null);
  // A render writes the text for the playhead's time then, so equal remaining times read the same.
  const shown = useRef<string | null>(null);
  const textOf = (remaining: string) => render(t('seqFormat.seconds', { value: remaining }));
  useMotionValueEvent(playhead, 'change', (now) => {
    const remaining = remainingSeconds(deadline - now);
    if (remaining === shown.current) return;
    shown.current = remaining;
    const text = textOf(remaining);
    // The <li> holds only this text, so React keeps setting it the same way on its renders.
    if (item.current && item.current.textContent !== text) item.current.textContent = text;
  });
  return <li ref={item}>{textOf(remainingSeconds(deadline - playhead.get()))}</li>;
}

/** Tenths of a second below 10 s, whole seconds above: it ticks visibly but does not flicker. */
function remainingSeconds(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  return s >= 10 ? String(Math.ceil(s)) : s.toFixed(1);
}
