import { useMotionValueEvent, type MotionValue } from 'framer-motion';
import { useId, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { SIDES, type Trace } from '../../engine';
import type { Translate } from '../seq-format';
import { ladderLayout, timeToY, type LadderLayout } from './layout';
import { geometryKey, PlayheadClock, PlayheadLine, RevealedToPlayhead } from './PlayheadMarks';
import { StateBands } from './StateBands';
import { TimeBreaks } from './TimeBreaks';
import { useDiagramViewport } from './useDiagramViewport';
import './ladder.css';

export interface LadderFrameProps {
  readonly trace: Trace;
  readonly playhead: MotionValue<number>;
  readonly t: Translate;
  /** The arrow layer; the caller decides how each arrow learns whether it is visible/selected. */
  readonly renderArrows: (layout: LadderLayout) => ReactNode;
}

/** Keep the playhead between these fractions of the visible height while it moves. */
const KEEP_VISIBLE = { top: 0.15, bottom: 0.7, target: 0.35 } as const;

/**
 * Everything in the diagram except the arrows: lifelines, state bands, idle-span breaks, the
 * playhead line, and a sticky header with the side names. Bands and breaks are revealed only up
 * to the playhead, so stepping through never shows a state before it is reached.
 */
export function LadderFrame({ trace, playhead, t, renderArrows }: LadderFrameProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLSpanElement>(null);
  const headerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const viewport = useDiagramViewport(scrollRef, probeRef);
  const layout = useMemo(() => ladderLayout(trace, viewport), [trace, viewport]);
  const clipId = `${useId()}-revealed`;

  const keepPlayheadVisible = (y: number) => {
    const box = scrollRef.current;
    const svg = svgRef.current;
    if (!box || !svg) return;
    const headerHeight = headerRef.current?.offsetHeight ?? 0;
    const view = box.clientHeight - headerHeight;
    // SVG elements have no offsetTop; measure where the SVG starts inside the scrolled content.
    const svgTop = svg.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    const yInView = svgTop + y - box.scrollTop - headerHeight;
    if (yInView < view * KEEP_VISIBLE.top || yInView > view * KEEP_VISIBLE.bottom) {
      box.scrollTop = Math.max(0, svgTop + y - headerHeight - view * KEEP_VISIBLE.target);
    }
  };
  useMotionValueEvent(playhead, 'change', (now) => keepPlayheadVisible(timeToY(layout.axis, now)));
  // A new layout (resize, other scenario) moves the playhead's y without a change event.
  useLayoutEffect(() => keepPlayheadVisible(timeToY(layout.axis, playhead.get())));
  const geometry = geometryKey(layout);

  const { width, height, x, fontPx } = layout;
  return (
    <>
      <div className="ladder" ref={scrollRef}>
        <span className="ladder__em-probe" ref={probeRef} aria-hidden="true" />
        <div className="ladder__header" ref={headerRef} aria-hidden="true">
          {SIDES.map((side) => (
            <span key={side} className={`ladder__side ladder__side--${side}`} style={{ left: x[side] }}>
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
          <defs>
            <marker id="ladder-arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0 L10 5 L0 10 z" className="ladder__arrowhead" />
            </marker>
          </defs>
          {SIDES.map((side) => (
            <line key={side} className="ladder__lifeline" x1={x[side]} y1={0} x2={x[side]} y2={height} />
          ))}
          <RevealedToPlayhead key={`reveal:${geometry}`} layout={layout} playhead={playhead} id={clipId}>
            <StateBands layout={layout} t={t} />
            <TimeBreaks layout={layout} t={t} />
          </RevealedToPlayhead>
          <g className="ladder__arrows" style={{ fontSize: fontPx * 0.85 }}>
            {renderArrows(layout)}
          </g>
          <PlayheadLine key={`line:${geometry}`} layout={layout} playhead={playhead} />
        </svg>
      </div>
    </>
  );
}
