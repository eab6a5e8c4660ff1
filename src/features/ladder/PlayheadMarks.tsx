import { m, useMotionValueEvent, type MotionValue } from 'framer-motion';
import { useCallback, useState, type ReactNode } from 'react';
import { formatDuration, useDerivedMotionValue, type Translate } from '../seq-format';
import { timeToY, type LadderLayout } from './layout';

/**
 * Key for the parts drawn from the playhead through the layout. framer-motion's `m` elements
 * read a motion value's latest number only once subscribed, and a layout change (first measure,
 * resize, new trace) can land before that; remounting on a new geometry sidesteps it.
 */
export function geometryKey(layout: LadderLayout): string {
  return `${layout.width}:${layout.fontPx}:${layout.axis.points.map((p) => `${p.t}@${p.y}`).join(',')}`;
}

function usePlayheadY(layout: LadderLayout, playhead: MotionValue<number>): MotionValue<number> {
  return useDerivedMotionValue(playhead, useCallback((now: number) => timeToY(layout.axis, now), [layout]));
}

/** Shows its children only above the playhead: states and breaks appear as time reaches them. */
export function RevealedToPlayhead({ layout, playhead, id, children }: { layout: LadderLayout; playhead: MotionValue<number>; id: string; children: ReactNode }) {
  const y = usePlayheadY(layout, playhead);
  return (
    <>
      <clipPath id={id}>
        <m.rect x={0} y={0} width={layout.width} height={y} />
      </clipPath>
      <g clipPath={`url(#${id})`}>{children}</g>
    </>
  );
}

/** The "now" line across the diagram. */
export function PlayheadLine({ layout, playhead }: { layout: LadderLayout; playhead: MotionValue<number> }) {
  const y = usePlayheadY(layout, playhead);
  return <m.line className="ladder__playhead" x1={0} x2={layout.width} y1={y} y2={y} />;
}

/**
 * The logical time as text. Held in React state (set only when the words change) rather than in
 * a motion value, so switching language re-renders it at once.
 */
export function PlayheadClock({ playhead, t }: { playhead: MotionValue<number>; t: Translate }) {
  const [now, setNow] = useState(() => playhead.get());
  useMotionValueEvent(playhead, 'change', setNow);
  return <span className="ladder__clock">{t('ladder.now', { time: formatDuration(Math.max(0, now), t) })}</span>;
}
