import { useMotionValue, type MotionValue } from 'framer-motion';
import { Fragment, memo, useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { SIDES, type Trace } from '../../engine';
import { settledCursor } from '../../playback';
import { timeAtCursor } from '../../store';
import type { SeqMode, Translate } from '../../ui/seq-format';
import { useHydrating } from '../../ui/useClientValue';
import { playheadY, type LadderLayout, type LadderViewport } from '../../export/ladder/layout';
import { laidOut, laidOutInSlices } from './laidOut';
import { Origins } from './Origins';
import { PlayheadClock, PlayheadLine, RevealedToPlayhead } from './PlayheadMarks';
import { SideNotes, TimerBrackets } from './SideNotes';
import { ListenerLine } from './ListenerLine';
import { InsideBandNames, StateBands } from './StateBands';
import { estimateTextWidth, type MeasureText } from '../../export/ladder/textMeasure';
import { createTextMeasurer } from './textMeasurer';
import { HorizonMark, TimeBreaks } from './TimeBreaks';
import { UNMEASURED, useDiagramViewport } from './useDiagramViewport';
import { usePlayheadFrame } from './usePlayheadFrame';
import { useScrollToFollow } from './useScrollToFollow';
import type { CursorSource } from './cursorSource';
import type { ShownRows } from './shownRows';
import { useShownRows } from './useShownRows';
import { useStepVisibility } from './useStepVisibility';
import type { ArrowInputs } from './SegmentArrow';
import './ladder.css';

export interface LadderFrameProps {
  readonly trace: Trace;
  /**
   * Number of steps applied: notes appear once their step has happened (and been reached). Read
   * and followed outside React, so a step does not render the frame (cursorSource.ts).
   */
  readonly cursor: CursorSource;
  readonly playhead: MotionValue<number>;
  readonly seqMode: SeqMode;
  readonly t: Translate;
  /** One arrow of the arrow layer; the caller decides how it learns whether it is visible/selected. */
  readonly renderArrow: (arrow: ArrowInputs) => ReactNode;
}

/**
 * Everything in the diagram except the arrows: lifelines, state bands, timers, notes, idle-span
 * breaks, the playhead line, and a sticky header with the side names. Bands and timer brackets are
 * revealed up to the playhead and notes appear once their step has happened, so stepping through
 * never shows a state before it is reached.
 */
export function LadderFrame({ trace, cursor, playhead, seqMode, t, renderArrow }: LadderFrameProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLSpanElement>(null);
  const headerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const prepare = useCallback((box: LadderViewport) => laidOutInSlices(trace, box, seqMode, t, measureFor(box)), [trace, seqMode, t]);
  const adopting = useAdoptsPrerenderedDiagram();
  const viewport = useDiagramViewport(scrollRef, probeRef, headerRef, adopting, prepare);
  const measure = measureFor(viewport);
  const laid = useMemo(() => (viewport ? laidOut(trace, viewport, seqMode, t, measure) : null), [trace, viewport, seqMode, t, measure]);
  const layout = laid?.layout ?? null;
  const prerendering = typeof document === 'undefined';
  // The prerendered drawing's clip stays in the page a task after the app's is drawn (hidden:
  // PrerenderedDrawing): its own id, or the app's drawing would be clipped by the old one.
  const clipId = `${useId()}-${prerendering ? 'prerendered' : 'revealed'}`;
  const settled = settledCursor(trace, cursor.get(), playhead.get());
  const nowY = useNowLine(layout, trace, cursor, playhead, settled);
  // Where the step's glide of the "now" line starts and ends, px: the rows drawn around it.
  const stepGlide = useCallback(
    (): readonly [number, number] =>
      layout ? [nowY.get(), playheadY(layout.axis, timeAtCursor(trace, cursor.get()), cursor.get())] : [0, 0],
    [layout, nowY, trace, cursor],
  );
  const { rows, arrows } = useShownRows(scrollRef, svgRef, layout, viewport, cursor, stepGlide);
  // What is drawn changes with the layout and with the rows shown: both are a new version.
  const drawnVersion = useMemo(() => ({ layout, rows }), [layout, rows]);
  useStepVisibility(svgRef, playhead, trace, cursor, drawnVersion);
  const drawnSettled = useValueWhenDrawn(settled, drawnVersion);
  useScrollToFollow({ scrollRef, svgRef, headerRef }, trace, layout, cursor, nowY);

  // Until it is laid out, the box keeps the prerendered drawing, which always fits (it was laid
  // out with no height to fit).
  const fits = layout?.fits ?? true;
  // Set once: the page held a prerendered drawing when the app came.
  const [keptPrerendered] = useState(adopting);
  return (
    <div className={`ladder${fits ? ' ladder--fits' : ''}`} ref={scrollRef}>
      <span className="ladder__em-probe" ref={probeRef} aria-hidden="true" />
      <LadderHeader headerRef={headerRef} layout={layout} playhead={playhead} t={t} />
      <svg
        ref={svgRef}
        className="ladder__svg"
        role="group"
        aria-label={t('ladder.label')}
        width="100%"
        viewBox={layout ? `0 0 ${layout.width} ${layout.height}` : undefined}
        preserveAspectRatio="xMidYMin meet"
        // Its attributes are the prerendered ones until the diagram is laid out for the box.
        suppressHydrationWarning
      >
        {keptPrerendered && <PrerenderedDrawing replaced={laid !== null} />}
        {laid && layout && (
          <Drawing prerendering={prerendering}>
            <LadderBackdrop
              trace={trace}
              layout={layout}
              rows={rows}
              nowY={nowY}
              playhead={playhead}
              settled={drawnSettled}
              clipId={clipId}
              t={t}
            />
            <g className="ladder__arrows" style={{ fontSize: layout.labelPx }}>
              {arrows.map((arrow) => {
                const segment = trace.segments[arrow.id - 1];
                const text = laid.texts[arrow.id - 1];
                if (!segment || !text) return null;
                const labelPx = layout.labelPx;
                return <Fragment key={arrow.id}>{renderArrow({ arrow, segment, text, nowY, labelPx })}</Fragment>;
              })}
            </g>
            <PlayheadLine layout={layout} nowY={nowY} />
          </Drawing>
        )}
      </svg>
    </div>
  );
}

/**
 * Props of an element whose children React leaves as the prerendered page has them: it adopts the
 * element, not what is inside, and draws its children afresh once it is given some (the element
 * stays the same node). Its attributes may differ from the prerendered ones meanwhile.
 */
const KEEPS_PRERENDERED = { dangerouslySetInnerHTML: { __html: '' }, suppressHydrationWarning: true } as const;

/** Class of the group that holds the prerendered drawing (the build's prerender draws it: Drawing). */
const PRERENDERED_CLASS = 'ladder__prerendered';

/**
 * The drawing: in the build's prerender, inside the group the browser adopts as it is
 * (PrerenderedDrawing); in the browser, straight in the <svg>.
 */
function Drawing({ prerendering, children }: { prerendering: boolean; children: ReactNode }) {
  return prerendering ? <g className={PRERENDERED_CLASS}>{children}</g> : <>{children}</>;
}

/**
 * The prerendered drawing, left as the page has it until the app's own is drawn beside it; then
 * hidden in that same commit and removed in a task of its own. Issue 8 (total blocking time):
 * when React replaced it, removing its ~80 nodes was most of the commit that draws the diagram.
 * Its nodes are taken out by the task itself, not by React's commit: with an inspector attached
 * (Lighthouse) the browser records the script's stack for each node removed, and inside React's
 * commit that stack is deep (React DOM's functions, each given lines from a re-parse on first
 * use): ~22 ms of CPU for this drawing, against ~2 ms from a timer's shallow stack. React then
 * removes the empty group.
 */
function PrerenderedDrawing({ replaced }: { replaced: boolean }) {
  const groupRef = useRef<SVGGElement>(null);
  const [removed, setRemoved] = useState(false);
  useEffect(() => {
    if (!replaced) return;
    const task = setTimeout(() => {
      // The prerendered nodes are not React's: it adopted the group and left what is inside as is.
      groupRef.current?.replaceChildren();
      setRemoved(true);
    }, 0);
    return () => clearTimeout(task);
  }, [replaced]);
  if (removed) return null;
  return <g ref={groupRef} className={PRERENDERED_CLASS} display={replaced ? 'none' : undefined} {...KEEPS_PRERENDERED} />;
}

/**
 * True while React adopts the prerendered diagram in the browser. The build's prerender (no
 * document) draws it, laid out for UNMEASURED.
 */
function useAdoptsPrerenderedDiagram(): boolean {
  return useHydrating() && typeof document !== 'undefined';
}

interface LadderHeaderProps {
  readonly headerRef: RefObject<HTMLDivElement | null>;
  /** Null until the diagram is laid out: the prerendered header stays meanwhile. */
  readonly layout: LadderLayout | null;
  readonly playhead: MotionValue<number>;
  readonly t: Translate;
}

/** The sticky header: the side names over their lifelines, and the clock. */
const LadderHeader = memo(function LadderHeader({ headerRef, layout, playhead, t }: LadderHeaderProps) {
  return (
    <div className="ladder__header" ref={headerRef} aria-hidden="true" {...(layout ? undefined : KEEPS_PRERENDERED)}>
      {layout && (
        <>
          {SIDES.map((side) => (
            // A share of the width, not px: the prerendered page (laid out 720 px wide) scales with
            // the svg until the app lays it out for the real width.
            <span key={side} className={`ladder__side ladder__side--${side}`} style={{ left: `${(100 * layout.x[side]) / layout.width}%` }}>
              {t(`side.${side}`)}
            </span>
          ))}
          <PlayheadClock playhead={playhead} t={t} />
        </>
      )}
    </div>
  );
});

interface LadderBackdropProps {
  readonly trace: Trace;
  readonly layout: LadderLayout;
  readonly rows: ShownRows;
  readonly nowY: MotionValue<number>;
  readonly playhead: MotionValue<number>;
  /** Steps that had happened when this was drawn; later ones are shown by useStepVisibility. */
  readonly settled: number;
  readonly clipId: string;
  readonly t: Translate;
}

/**
 * Everything under the arrows. None of its props changes with a step (issue 8: a step does only
 * its own work): what moves follows the playhead and the "now" line outside React, and the notes
 * a step brings are shown by useStepVisibility, so a step re-renders none of it.
 */
const LadderBackdrop = memo(function LadderBackdrop({ trace, layout, rows, nowY, playhead, settled, clipId, t }: LadderBackdropProps) {
  return (
    <>
      <Lifelines layout={layout} />
      <RevealedToPlayhead layout={layout} nowY={nowY} id={clipId}>
        <StateBands layout={layout} t={t} />
        <ListenerLine trace={trace} layout={layout} t={t} />
        <TimerBrackets layout={layout} rows={rows} />
        <TimeBreaks layout={layout} t={t} />
      </RevealedToPlayhead>
      {layout.bandLabels === 'inside' && <InsideBandNames layout={layout} settled={settled} />}
      <SideNotes layout={layout} rows={rows} playhead={playhead} settled={settled} t={t} />
      {layout.horizon && <HorizonMark layout={layout} t={t} />}
      <Origins layout={layout} t={t} />
    </>
  );
});

/** The diagram inherits the page's font; measure labels in it (an estimate where there is no canvas). */
let pageTextMeasure: MeasureText | undefined;
const readPageTextMeasure = (): MeasureText =>
  (pageTextMeasure ??= createTextMeasurer(getComputedStyle(document.body).fontFamily || 'sans-serif'));

/**
 * The build's prerender has no canvas and laid the labels out with the estimate for an unmeasured
 * box; the real font is measured once the box is (null: not laid out yet, nothing to measure).
 */
function measureFor(viewport: LadderViewport | null): MeasureText {
  return viewport === UNMEASURED || viewport === null ? estimateTextWidth : readPageTextMeasure();
}

/**
 * `value` as it was when `version` (what is drawn) was first drawn. The notes take the steps that
 * had happened then and useStepVisibility shows each later one as it happens, so a step does not
 * re-render every note (issue 8: a step does only its own work).
 */
function useValueWhenDrawn<T>(value: T, version: object): T {
  const [held, setHeld] = useState({ version, value });
  if (held.version !== version) {
    setHeld({ version, value });
    return value;
  }
  return held.value;
}

/**
 * Where the "now" line is, px. It follows the playhead's time, and at rest the row of the last
 * step that has happened: two steps of one instant are two rows (ladderAxis), so it depends on the
 * cursor too. One motion value for every mark that follows it, so arrows stay memoised across steps.
 */
function useNowLine(
  layout: LadderLayout | null,
  trace: Trace,
  cursor: CursorSource,
  playhead: MotionValue<number>,
  settled: number,
): MotionValue<number> {
  // Before the first layout there is no line to draw; usePlayheadFrame places it once there is,
  // before the browser paints.
  const nowY = useMotionValue(layout ? playheadY(layout.axis, playhead.get(), settled) : 0);
  const followPlayhead = useCallback(
    (now: number) => {
      if (layout) nowY.set(playheadY(layout.axis, now, settledCursor(trace, cursor.get(), now)));
    },
    [nowY, layout, trace, cursor],
  );
  // A step whose time is the last one's moves the line a row without moving the playhead.
  usePlayheadFrame(playhead, followPlayhead, cursor);
  return nowY;
}

/** Both lifelines; past a horizon they go on dashed, since the run does too. */
const Lifelines = memo(function Lifelines({ layout }: { layout: LadderLayout }) {
  const { x, height, horizon } = layout;
  const lifelineEnd = horizon ? horizon.y : height;
  return SIDES.map((side) => (
    <g key={side}>
      <line className="ladder__lifeline" x1={x[side]} y1={0} x2={x[side]} y2={lifelineEnd} />
      {horizon && <line className="ladder__lifeline ladder__lifeline--beyond" x1={x[side]} y1={lifelineEnd} x2={x[side]} y2={height} />}
    </g>
  ));
});
