import { useMotionValueEvent, type MotionValue } from 'framer-motion';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { formatDuration, type Translate } from '../seq-format';
import { timeToY, type LadderLayout } from './layout';
import { usePlayheadFrame } from './usePlayheadFrame';

/** Shows its children only above the playhead: state bands and timers grow as time reaches them. */
export function RevealedToPlayhead({ layout, playhead, id, children }: { layout: LadderLayout; playhead: MotionValue<number>; id: string; children: ReactNode }) {
  const rect = useRef<SVGRectElement>(null);
  const apply = useCallback((now: number) => rect.current?.setAttribute('height', timeToY(layout.axis, now).toFixed(2)), [layout]);
  usePlayheadFrame(playhead, apply);
  return (
    <>
      <clipPath id={id}>
        <rect ref={rect} x={0} y={0} width={layout.width} height={timeToY(layout.axis, playhead.get())} />
      </clipPath>
      <g clipPath={`url(#${id})`}>{children}</g>
    </>
  );
}

/** The "now" line across the diagram. */
export function PlayheadLine({ layout, playhead }: { layout: LadderLayout; playhead: MotionValue<number> }) {
  const line = useRef<SVGLineElement>(null);
  const apply = useCallback(
    (now: number) => {
      const y = timeToY(layout.axis, now).toFixed(2);
      line.current?.setAttribute('y1', y);
      line.current?.setAttribute('y2', y);
    },
    [layout],
  );
  usePlayheadFrame(playhead, apply);
  const y = timeToY(layout.axis, playhead.get());
  return <line ref={line} className="ladder__playhead" x1={0} x2={layout.width} y1={y} y2={y} />;
}

/** The time at the precision the clock shows, so it re-renders only when its text changes. */
function shownTime(now: number): number {
  const t = Math.max(0, now);
  return t < 1000 ? Math.round(t) : Math.round(t / 100) * 100;
}

/**
 * The logical time as text. Held in React state rather than in a motion value, so switching
 * language re-renders it at once.
 */
export function PlayheadClock({ playhead, t }: { playhead: MotionValue<number>; t: Translate }) {
  const [now, setNow] = useState(() => shownTime(playhead.get()));
  useMotionValueEvent(playhead, 'change', (value) => setNow(shownTime(value)));
  return <span className="ladder__clock">{t('ladder.now', { time: formatDuration(now, t) })}</span>;
}
