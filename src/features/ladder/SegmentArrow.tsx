import type { MotionValue } from 'framer-motion';
import { memo, useCallback, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { TraceSegment } from '../../engine';
import type { LabelPiece } from '../../export/ladder/arrowLabel';
import { arrowFrame, type ArrowFrame } from '../../export/ladder/arrowFrame';
import type { ArrowText } from '../../ui/ladder-words/arrowText';
import { flightProgress, type ArrowLayout } from '../../export/ladder/layout';
import { CROSS_EM, readableAngle, rowBaselines } from '../../export/ladder/placeLabels';
import { usePlayheadFrame } from './usePlayheadFrame';

/** What every arrow is drawn from, whoever draws it (LadderFrame gives them, the same objects from step to step). */
export interface ArrowInputs {
  readonly arrow: ArrowLayout;
  readonly segment: TraceSegment;
  readonly text: ArrowText;
  /** Where the "now" line is, px (LadderFrame: the playhead's time at its step's row). */
  readonly nowY: MotionValue<number>;
  /** Font size of arrow labels, px (layout units). */
  readonly labelPx: number;
}

export interface SegmentArrowProps extends ArrowInputs {
  readonly selected: boolean;
  readonly onSelect: (id: number | null) => void;
  /** The id of what Enter does here, where the page has something to show for it (the header inspector). */
  readonly describedBy?: string;
}

/**
 * One segment as a slanted arrow. Where its tip is comes only from the "now" line, itself derived
 * from the shared playhead (RaftScope's (now − sent)/(received − sent)): no timers of its own, so
 * scrubbing, pausing and reduced motion all just work. The first frame is drawn in render; later ones are written to the
 * DOM directly as the playhead moves, so nothing re-renders while it plays.
 */
export const SegmentArrow = memo(function SegmentArrow({
  arrow,
  segment,
  text,
  selected,
  nowY,
  labelPx,
  onSelect,
  describedBy,
}: SegmentArrowProps) {
  const { refs, first, angle } = useArrowFollowsNowLine(arrow, nowY, labelPx);
  const { hit, halo, body, shaft, head, lostMark, label } = refs;
  const toggle = () => onSelect(selected ? null : segment.id);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      toggle();
    } else if (event.key === 'Escape' && selected) {
      onSelect(null);
    }
  };

  return (
    <g
      className={arrowClasses(segment, selected)}
      role="button"
      tabIndex={0}
      aria-label={text.aria}
      aria-describedby={describedBy}
      aria-pressed={selected}
      data-segment-id={segment.id}
      onClick={toggle}
      onKeyDown={onKeyDown}
    >
      {/* A wide invisible stroke along what is drawn, easy to hit with a finger; it also shows keyboard focus. */}
      <line ref={hit} className="ladder-arrow__hit" x1={arrow.x1} y1={arrow.y1} x2={first.tip.x} y2={first.tip.y} />
      {selected && <line ref={halo} className="ladder-arrow__halo" x1={arrow.x1} y1={arrow.y1} x2={first.tip.x} y2={first.tip.y} />}
      <g ref={body} opacity={first.sent ? 1 : 0}>
        <circle className="ladder-arrow__origin" cx={arrow.x1} cy={arrow.y1} r={labelPx * 0.22} />
        <line
          ref={shaft}
          className="ladder-arrow__line"
          x1={arrow.x1}
          y1={arrow.y1}
          x2={first.tip.x}
          y2={first.tip.y}
          visibility={first.progress > 0 ? 'visible' : 'hidden'}
        />
        <path ref={head} className="ladder-arrow__head" d={first.head} />
      </g>
      {segment.lost && <LostMark markRef={lostMark} arrow={arrow} first={first} labelPx={labelPx} />}
      <ArrowLabel labelRef={label} arrow={arrow} text={text} first={first} angle={angle} />
    </g>
  );
});

/**
 * The arrow's first frame, drawn in render, and the refs through which later frames are written
 * straight to the DOM as the "now" line moves.
 */
function useArrowFollowsNowLine(arrow: ArrowLayout, nowY: MotionValue<number>, labelPx: number) {
  const refs = {
    hit: useRef<SVGLineElement>(null),
    halo: useRef<SVGLineElement>(null),
    body: useRef<SVGGElement>(null),
    shaft: useRef<SVGLineElement>(null),
    head: useRef<SVGPathElement>(null),
    lostMark: useRef<SVGGElement>(null),
    label: useRef<SVGGElement>(null),
  };
  const { hit, halo, body, shaft, head, lostMark, label } = refs;
  const angle = readableAngle(arrow);
  const frameAt = useCallback((y: number) => arrowFrame(arrow, y, labelPx), [arrow, labelPx]);
  const firstNow = nowY.get();
  // What was last written: an arrow not yet sent or already ended looks the same on every frame,
  // and most arrows are one of those, so they skip the work (issue 8). At first it is the frame
  // drawn in render, so a step's new arrow is one insertion into the page, not that and then
  // every attribute written again with the same values.
  const drawn = useRef<{ progress: number; frameAt: typeof frameAt }>({ progress: progressAt(arrow, firstNow), frameAt });
  const apply = useCallback(
    (now: number) => {
      const progress = progressAt(arrow, now);
      if (drawn.current.progress === progress && drawn.current.frameAt === frameAt) return;
      drawn.current = { progress, frameAt };
      const f = frameAt(now);
      setLine(hit.current, f);
      setLine(halo.current, f);
      setLine(shaft.current, f, true);
      head.current?.setAttribute('d', f.head);
      body.current?.setAttribute('opacity', f.sent ? '1' : '0');
      lostMark.current?.setAttribute('opacity', f.ended ? '1' : '0');
      label.current?.setAttribute('transform', labelTransform(f, angle));
      label.current?.setAttribute('opacity', String(f.labelOpacity));
    },
    [arrow, frameAt, angle, hit, halo, shaft, head, body, lostMark, label],
  );
  usePlayheadFrame(nowY, apply);
  return { refs, first: frameAt(firstNow), angle };
}

/** How far along its flight the arrow is at `now` (-1 before it is sent): what its frame depends on. */
function progressAt(arrow: ArrowLayout, now: number): number {
  return now >= arrow.at1 - 1e-6 ? flightProgress(arrow.at1, arrow.at2, now, arrow.endFraction) : -1;
}

/** Classes that style the arrow: its sender, and whether it was lost, resent, forged or selected. */
function arrowClasses(segment: TraceSegment, selected: boolean): string {
  const classes = ['ladder-arrow', `ladder-arrow--${segment.from}`];
  if (segment.lost) classes.push('ladder-arrow--lost');
  if (segment.retransmission) classes.push('ladder-arrow--retransmission');
  if (segment.origin !== 'endpoint') classes.push('ladder-arrow--foreign');
  if (selected) classes.push('ladder-arrow--selected');
  return classes.join(' ');
}

interface LostMarkProps {
  readonly markRef: RefObject<SVGGElement | null>;
  readonly arrow: ArrowLayout;
  readonly first: ArrowFrame;
  readonly labelPx: number;
}

/** Where a lost segment ends: a ✕, and the words saying it was lost when there is room. */
function LostMark({ markRef, arrow, first, labelPx }: LostMarkProps) {
  const end = { x: arrow.x1 + (arrow.x2 - arrow.x1) * arrow.endFraction, y: arrow.y1 + (arrow.y2 - arrow.y1) * arrow.endFraction };
  const caption = arrow.caption;
  return (
    <g ref={markRef} className="ladder-arrow__lost" opacity={first.ended ? 1 : 0}>
      {/* The ✕ glyph is symbolic, the same in every language; the words beside it are translated. */}
      <text
        className="ladder-arrow__cross"
        x={end.x}
        y={end.y}
        dy="0.36em"
        textAnchor="middle"
        fontSize={CROSS_EM * labelPx}
        aria-hidden="true"
      >
        ✕
      </text>
      {caption && (
        <text className="ladder-arrow__lost-text" x={caption.x} y={caption.y} textAnchor={caption.anchor}>
          {caption.lines.map((line, i) => (
            <tspan key={i} x={caption.x} dy={i === 0 ? '0.35em' : '1.2em'}>
              {line}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
}

interface ArrowLabelProps {
  readonly labelRef: RefObject<SVGGElement | null>;
  readonly arrow: ArrowLayout;
  readonly text: ArrowText;
  readonly first: ArrowFrame;
  readonly angle: number;
}

/**
 * The flags and numbers along the arrow, in one row or, where the layout chose it, several: the
 * rows the layout placed, measured with these same words.
 */
function ArrowLabel({ labelRef, arrow, text, first, angle }: ArrowLabelProps) {
  const { rows } = arrow.label;
  const baselines = rowBaselines(rows.length, arrow.label.side);
  return (
    <g ref={labelRef} className="ladder-arrow__label" transform={labelTransform(first, angle)} opacity={first.labelOpacity}>
      {text.tooltip && <title>{text.tooltip}</title>}
      {rows.map((pieces, row) => (
        <text key={row} y={`${baselines[row] ?? 0}em`} textAnchor="middle">
          <Pieces pieces={pieces} />
        </text>
      ))}
    </g>
  );
}

function Pieces({ pieces }: { pieces: readonly LabelPiece[] }) {
  return pieces.map((piece, i) => (
    <tspan key={i} className={`ladder-arrow__${piece.kind}`}>
      {piece.text}
    </tspan>
  ));
}

function labelTransform(frame: ArrowFrame, angle: number): string {
  return `translate(${frame.label.x.toFixed(2)} ${frame.label.y.toFixed(2)}) rotate(${angle.toFixed(3)})`;
}

/** Lines run from the sender to the tip; the arrowhead is drawn over the shaft's end. */
function setLine(line: SVGLineElement | null, frame: ArrowFrame, isShaft = false): void {
  if (!line) return;
  line.setAttribute('x2', frame.tip.x.toFixed(2));
  line.setAttribute('y2', frame.tip.y.toFixed(2));
  if (isShaft) line.setAttribute('visibility', frame.progress > 0 ? 'visible' : 'hidden');
}
