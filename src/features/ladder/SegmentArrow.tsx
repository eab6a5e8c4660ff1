import { m, type MotionValue } from 'framer-motion';
import { memo, useCallback, type KeyboardEvent } from 'react';
import type { TraceSegment } from '../../engine';
import { useDerivedMotionValue } from '../seq-format';
import { flightProgress, pointAlong, readableAngle, type ArrowLayout } from './layout';

export interface ArrowText {
  /** "SYN, ACK" */
  readonly flags: string;
  /** "seq=5000 ack=1001" */
  readonly numbers: string;
  /** Full sentence for screen readers. */
  readonly aria: string;
  readonly lost: string;
  readonly retransmission: string;
  /** Who made it, when not an endpoint of this connection ("old duplicate"). */
  readonly origin: string | null;
}

export interface SegmentArrowProps {
  readonly arrow: ArrowLayout;
  readonly segment: TraceSegment;
  readonly text: ArrowText;
  readonly selected: boolean;
  readonly playhead: MotionValue<number>;
  readonly onSelect: (id: number | null) => void;
}

/** Remount an arrow when its geometry changes (see geometryKey in PlayheadMarks for why). */
export function arrowKey(arrow: ArrowLayout): string {
  return `${arrow.id}:${arrow.x1},${arrow.y1},${arrow.x2},${arrow.y2}`;
}

/**
 * One segment as a slanted arrow. Its drawn length comes only from the shared playhead
 * (RaftScope's (now − sent)/(received − sent)): no timers of its own, so scrubbing, pausing and
 * reduced motion all just work.
 */
export const SegmentArrow = memo(function SegmentArrow({ arrow, segment, text, selected, playhead, onSelect }: SegmentArrowProps) {
  const { x1, y1, x2, y2, endFraction } = arrow;
  const { sentAt, arrivesAt } = segment;
  const fractionAt = useCallback((now: number) => flightProgress(sentAt, arrivesAt, now, endFraction), [sentAt, arrivesAt, endFraction]);
  const tipX = useDerivedMotionValue(playhead, useCallback((now: number) => x1 + (x2 - x1) * fractionAt(now), [x1, x2, fractionAt]));
  const tipY = useDerivedMotionValue(playhead, useCallback((now: number) => y1 + (y2 - y1) * fractionAt(now), [y1, y2, fractionAt]));
  // The label appears faintly as the segment is sent and fully once it is on its way; the ✕ once
  // the lost segment has "died" mid-way.
  const labelOpacity = useDerivedMotionValue(
    playhead,
    useCallback((now: number) => (now < sentAt ? 0 : fractionAt(now) > 0 ? 1 : 0.6), [sentAt, fractionAt]),
  );
  // Hidden until it has length: a zero-length line would still draw its arrowhead, pointing nowhere.
  const lineOpacity = useDerivedMotionValue(playhead, useCallback((now: number) => (fractionAt(now) > 0 ? 1 : 0), [fractionAt]));
  const endOpacity = useDerivedMotionValue(playhead, useCallback((now: number) => (fractionAt(now) >= endFraction ? 1 : 0), [fractionAt, endFraction]));

  const end = pointAlong(arrow, endFraction);
  const label = pointAlong(arrow, arrow.labelFraction);
  const angle = readableAngle(arrow);

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(selected ? null : segment.id);
    } else if (event.key === 'Escape' && selected) {
      onSelect(null);
    }
  };

  const classes = ['ladder-arrow', `ladder-arrow--${segment.from}`];
  if (segment.lost) classes.push('ladder-arrow--lost');
  if (segment.retransmission) classes.push('ladder-arrow--retransmission');
  if (segment.origin !== 'endpoint') classes.push('ladder-arrow--foreign');
  if (selected) classes.push('ladder-arrow--selected');

  return (
    <g
      className={classes.join(' ')}
      role="button"
      tabIndex={0}
      aria-label={text.aria}
      aria-pressed={selected}
      data-segment-id={segment.id}
      onClick={() => onSelect(selected ? null : segment.id)}
      onKeyDown={onKeyDown}
    >
      {/* A wide invisible stroke so the arrow is easy to hit with a finger; it also shows keyboard focus. */}
      <line className="ladder-arrow__hit" x1={x1} y1={y1} x2={end.x} y2={end.y} />
      {selected && <line className="ladder-arrow__halo" x1={x1} y1={y1} x2={end.x} y2={end.y} />}
      <circle className="ladder-arrow__origin" cx={x1} cy={y1} r={3} />
      <m.line
        className="ladder-arrow__line"
        x1={x1}
        y1={y1}
        x2={tipX}
        y2={tipY}
        style={{ opacity: lineOpacity }}
        markerEnd={segment.lost ? undefined : 'url(#ladder-arrowhead)'}
      />
      {segment.lost && (
        <m.g className="ladder-arrow__lost" style={{ opacity: endOpacity }} transform={`translate(${end.x} ${end.y})`}>
          {/* The ✕ glyph is symbolic, the same in every language; the word next to it is translated. */}
          <text className="ladder-arrow__cross" y="0.35em" textAnchor="middle" aria-hidden="true">
            ✕
          </text>
          <text className="ladder-arrow__lost-text" y="1.9em" textAnchor="middle">
            {text.lost}
          </text>
        </m.g>
      )}
      <m.g
        className="ladder-arrow__label"
        style={{ opacity: labelOpacity }}
        transform={`translate(${label.x} ${label.y}) rotate(${angle})`}
      >
        <text y="-0.45em" textAnchor="middle" className="ladder-arrow__flags">
          {text.flags}
          {segment.retransmission && <tspan className="ladder-arrow__note"> · {text.retransmission}</tspan>}
          {text.origin && <tspan className="ladder-arrow__note"> · {text.origin}</tspan>}
        </text>
        <text y="1.15em" textAnchor="middle" className="ladder-arrow__numbers">
          {text.numbers}
        </text>
      </m.g>
    </g>
  );
});
