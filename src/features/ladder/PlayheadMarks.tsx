import type { MotionValue } from 'framer-motion';
import { memo, useCallback, useRef, type ReactNode } from 'react';
import { formatDuration, type Translate } from '../../ui/seq-format';
import type { LadderLayout } from '../../export/ladder/layout';
import { usePlayheadFrame } from './usePlayheadFrame';

/** Shows its children only above the "now" line (nowY, px): state bands and timers grow as time reaches them. */
export function RevealedToPlayhead({
  layout,
  nowY,
  id,
  children,
}: {
  layout: LadderLayout;
  nowY: MotionValue<number>;
  id: string;
  children: ReactNode;
}) {
  const rect = useRef<SVGRectElement>(null);
  const apply = useCallback((y: number) => rect.current?.setAttribute('height', y.toFixed(2)), []);
  usePlayheadFrame(nowY, apply);
  return (
    <>
      <clipPath id={id}>
        <rect ref={rect} x={0} y={0} width={layout.width} height={nowY.get()} />
      </clipPath>
      <g clipPath={`url(#${id})`}>{children}</g>
    </>
  );
}

/** The "now" line across the diagram. Memoised: it moves with nowY, outside React, never with a step. */
export const PlayheadLine = memo(function PlayheadLine({ layout, nowY }: { layout: LadderLayout; nowY: MotionValue<number> }) {
  const line = useRef<SVGLineElement>(null);
  const apply = useCallback((now: number) => {
    const y = now.toFixed(2);
    line.current?.setAttribute('y1', y);
    line.current?.setAttribute('y2', y);
  }, []);
  usePlayheadFrame(nowY, apply);
  const y = nowY.get();
  // From lifeline to lifeline: the notes beside them (and on a phone the state names down the
  // bands) hang below their moments, and a line through them would read as if they had not
  // happened yet.
  const reach = layout.bandLabels === 'outside' ? layout.bandHalf + layout.fontPx * 0.5 : -layout.bandHalf;
  return <line ref={line} className="ladder__playhead" x1={layout.x.client - reach} x2={layout.x.server + reach} y1={y} y2={y} />;
});

/** The time at the precision the clock shows, so it re-renders only when its text changes. */
function shownTime(now: number): number {
  const t = Math.max(0, now);
  return t < 1000 ? Math.round(t) : Math.round(t / 100) * 100;
}

/**
 * The logical time as text, written straight into the DOM as the playhead moves (a React render
 * per frame cost more than the frame had, issue 8); a new `t` re-renders it in the new language.
 */
export function PlayheadClock({ playhead, t }: { playhead: MotionValue<number>; t: Translate }) {
  const clock = useRef<HTMLSpanElement>(null);
  const shown = useRef<{ time: number; t: Translate } | null>(null);
  const textAt = useCallback((time: number) => t('ladder.now', { time: formatDuration(time, t) }), [t]);
  const apply = useCallback(
    (now: number) => {
      const time = shownTime(now);
      // React's own text node, so its next render still finds it.
      const text = clock.current?.firstChild;
      if (!text || (shown.current?.time === time && shown.current.t === t)) return;
      shown.current = { time, t };
      text.nodeValue = textAt(time);
    },
    [t, textAt],
  );
  usePlayheadFrame(playhead, apply);
  return (
    <span className="ladder__clock" ref={clock}>
      {textAt(shownTime(playhead.get()))}
    </span>
  );
}
