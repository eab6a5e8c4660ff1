import { useMotionValue, useMotionValueEvent, type MotionValue } from 'framer-motion';
import { useCallback, useId, useLayoutEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { SIDES, type Trace } from '../../engine';
import { settledCursor } from '../../playback';
import { seqContext, type SeqMode, type Translate } from '../../ui/seq-format';
import { useClientValue } from '../../ui/useClientValue';
import { arrowText, ladderText, type ArrowText } from '../../ui/ladder-words/arrowText';
import { stepFocus } from './focus';
import { EM, ladderLayout, playheadY, type LadderLayout } from '../../export/ladder/layout';
import { Origins } from './Origins';
import { PlayheadClock, PlayheadLine, RevealedToPlayhead } from './PlayheadMarks';
import { SideNotes, TimerBrackets } from './SideNotes';
import { ListenerLine } from './ListenerLine';
import { InsideBandNames, StateBands } from './StateBands';
import { estimateTextWidth, type MeasureText } from '../../export/ladder/textMeasure';
import { createTextMeasurer } from './textMeasurer';
import { HorizonMark, TimeBreaks } from './TimeBreaks';
import { useDiagramViewport } from './useDiagramViewport';
import { usePlayheadFrame } from './usePlayheadFrame';
import { useStepVisibility } from './useStepVisibility';
import './ladder.css';

export interface LadderFrameProps {
  readonly trace: Trace;
  /** Number of steps applied: notes appear once their step has happened (and been reached). */
  readonly cursor: number;
  readonly playhead: MotionValue<number>;
  readonly seqMode: SeqMode;
  readonly t: Translate;
  /**
   * The arrow layer; the caller decides how each arrow learns whether it is visible/selected.
   * `nowY` is where the "now" line is, px: arrows draw their tips on it.
   */
  readonly renderArrows: (layout: LadderLayout, texts: readonly ArrowText[], nowY: MotionValue<number>) => ReactNode;
}

/** Room kept between what is scrolled into view and the edge of the box, em. */
const SCROLL_MARGIN_EM = 0.8;

/**
 * Everything in the diagram except the arrows: lifelines, state bands, timers, notes, idle-span
 * breaks, the playhead line, and a sticky header with the side names. Bands and timer brackets are
 * revealed up to the playhead and notes appear once their step has happened, so stepping through
 * never shows a state before it is reached.
 */
export function LadderFrame({ trace, cursor, playhead, seqMode, t, renderArrows }: LadderFrameProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLSpanElement>(null);
  const headerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const viewport = useDiagramViewport(scrollRef, probeRef, headerRef);
  const measure = usePageTextMeasure();
  const texts = useMemo(() => trace.segments.map((segment) => arrowText(segment, seqContext(seqMode, trace), t)), [trace, seqMode, t]);
  const layout = useMemo(() => ladderLayout(trace, viewport, ladderText(texts, t, measure)), [trace, viewport, texts, t, measure]);
  const clipId = `${useId()}-revealed`;
  useStepVisibility(svgRef, playhead, trace, cursor, layout);
  const settled = settledCursor(trace, cursor, playhead.get());
  const nowY = useNowLine(layout, trace, cursor, playhead, settled);
  useScrollToFollow({ scrollRef, svgRef, headerRef }, trace, layout, cursor, nowY);

  const { width, height, fontPx, horizon } = layout;
  return (
    <div className={`ladder${layout.fits ? ' ladder--fits' : ''}`} ref={scrollRef}>
      <span className="ladder__em-probe" ref={probeRef} aria-hidden="true" />
      <div className="ladder__header" ref={headerRef} aria-hidden="true">
        {SIDES.map((side) => (
          // A share of the width, not px: the prerendered page (laid out 720 px wide) scales with
          // the svg until the app lays it out for the real width.
          <span key={side} className={`ladder__side ladder__side--${side}`} style={{ left: `${(100 * layout.x[side]) / width}%` }}>
            {t(`side.${side}`)}
          </span>
        ))}
        <PlayheadClock playhead={playhead} t={t} />
      </div>
      <svg
        ref={svgRef}
        className="ladder__svg"
        role="group"
        aria-label={t('ladder.label')}
        width="100%"
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="xMidYMin meet"
      >
        <Lifelines layout={layout} />
        <RevealedToPlayhead layout={layout} nowY={nowY} id={clipId}>
          <StateBands layout={layout} t={t} />
          <ListenerLine trace={trace} layout={layout} t={t} />
          <TimerBrackets layout={layout} />
          <TimeBreaks layout={layout} t={t} />
        </RevealedToPlayhead>
        {layout.bandLabels === 'inside' && <InsideBandNames layout={layout} settled={settled} />}
        <SideNotes layout={layout} playhead={playhead} settled={settled} t={t} />
        {horizon && <HorizonMark layout={layout} t={t} />}
        <Origins layout={layout} t={t} />
        <g className="ladder__arrows" style={{ fontSize: fontPx * EM.arrowFont }}>
          {renderArrows(layout, texts, nowY)}
        </g>
        <PlayheadLine layout={layout} nowY={nowY} />
      </svg>
    </div>
  );
}

/** The diagram inherits the page's font; measure labels in it (an estimate where there is no canvas). */
let pageTextMeasure: MeasureText | undefined;
const readPageTextMeasure = (): MeasureText =>
  (pageTextMeasure ??= createTextMeasurer(getComputedStyle(document.body).fontFamily || 'sans-serif'));

function usePageTextMeasure(): MeasureText {
  // The build's prerender has no canvas and laid the labels out with the estimate; hydration
  // starts from that, then the real font takes over.
  return useClientValue(readPageTextMeasure, estimateTextWidth);
}

/**
 * Where the "now" line is, px. It follows the playhead's time, and at rest the row of the last
 * step that has happened: two steps of one instant are two rows (ladderAxis), so it depends on the
 * cursor too. One motion value for every mark that follows it, so arrows stay memoised across steps.
 */
function useNowLine(layout: LadderLayout, trace: Trace, cursor: number, playhead: MotionValue<number>, settled: number): MotionValue<number> {
  const nowY = useMotionValue(playheadY(layout.axis, playhead.get(), settled));
  const followPlayhead = useCallback(
    (now: number) => nowY.set(playheadY(layout.axis, now, settledCursor(trace, cursor, now))),
    [nowY, layout, trace, cursor],
  );
  usePlayheadFrame(playhead, followPlayhead);
  return nowY;
}

interface ScrollBox {
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  readonly svgRef: RefObject<SVGSVGElement | null>;
  readonly headerRef: RefObject<HTMLDivElement | null>;
}

/**
 * Keeps in view, when the trace does not fit, what each step talks about (focus.ts) and, in
 * between while the line glides, the "now" line itself.
 */
function useScrollToFollow(refs: ScrollBox, trace: Trace, layout: LadderLayout, cursor: number, nowY: MotionValue<number>): void {
  const { fontPx } = layout;
  const { scrollRef, svgRef, headerRef } = refs;
  const scrollToShow = useCallback(
    (top: number, bottom: number) => scrollBoxToShow({ scrollRef, svgRef, headerRef }, fontPx, top, bottom),
    [scrollRef, svgRef, headerRef, fontPx],
  );
  useMotionValueEvent(nowY, 'change', (y) => scrollToShow(y - fontPx, y + fontPx));
  // A new step, or a new layout (resize, other scenario).
  useLayoutEffect(() => {
    const focus = stepFocus(trace, layout, cursor);
    scrollToShow(focus.top, focus.bottom);
  }, [trace, layout, cursor, scrollToShow]);
}

/**
 * Scrolls the box (when the trace does not fit) as little as possible to show the range
 * [top, bottom] of the diagram; when it cannot all be shown, its bottom wins: what just happened.
 */
function scrollBoxToShow({ scrollRef, svgRef, headerRef }: ScrollBox, fontPx: number, top: number, bottom: number): void {
  const box = scrollRef.current;
  const svg = svgRef.current;
  if (!box || !svg || box.scrollHeight <= box.clientHeight) return;
  const headerHeight = headerRef.current?.offsetHeight ?? 0;
  const view = box.clientHeight - headerHeight;
  // SVG elements have no offsetTop; measure where the SVG starts inside the scrolled content.
  const svgTop = svg.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  const shownTop = box.scrollTop + headerHeight - svgTop;
  const margin = fontPx * SCROLL_MARGIN_EM;
  const lowest = bottom + margin - view;
  const target = bottom - top + 2 * margin <= view ? Math.min(Math.max(shownTop, lowest), top - margin) : lowest;
  if (Math.abs(target - shownTop) > 0.5) box.scrollTop = Math.max(0, svgTop + target - headerHeight);
}

/** Both lifelines; past a horizon they go on dashed, since the run does too. */
function Lifelines({ layout }: { layout: LadderLayout }) {
  const { x, height, horizon } = layout;
  const lifelineEnd = horizon ? horizon.y : height;
  return SIDES.map((side) => (
    <g key={side}>
      <line className="ladder__lifeline" x1={x[side]} y1={0} x2={x[side]} y2={lifelineEnd} />
      {horizon && <line className="ladder__lifeline ladder__lifeline--beyond" x1={x[side]} y1={lifelineEnd} x2={x[side]} y2={height} />}
    </g>
  ));
}
