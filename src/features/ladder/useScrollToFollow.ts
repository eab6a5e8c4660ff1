import { useMotionValueEvent, type MotionValue } from 'framer-motion';
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Trace } from '../../engine';
import type { CursorSource } from './cursorSource';
import { SCROLL_MARGIN_EM, stepFocus, viewTopFor, type StepFocus } from './focus';
import type { LadderLayout } from '../../export/ladder/layout';

export interface ScrollBox {
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  readonly svgRef: RefObject<SVGSVGElement | null>;
  readonly headerRef: RefObject<HTMLDivElement | null>;
}

/**
 * What scrolling needs to know about the box, measured when the layout or the box's size changes
 * and kept current by its scroll events: reading it on every animation frame forced a layout per
 * frame (about 12 ms a step, issue 8).
 */
interface BoxMetrics {
  /** The box scrolls at all (the diagram does not fit). */
  readonly scrollable: boolean;
  readonly headerHeight: number;
  /** What the box shows below its sticky header, px. */
  readonly view: number;
  /** Where the SVG starts inside the scrolled content, px. */
  readonly svgTop: number;
  readonly maxScrollTop: number;
  scrollTop: number;
}

function measureBox({ scrollRef, svgRef, headerRef }: ScrollBox): BoxMetrics | null {
  const box = scrollRef.current;
  const svg = svgRef.current;
  if (!box || !svg) return null;
  const headerHeight = headerRef.current?.offsetHeight ?? 0;
  return {
    scrollable: box.scrollHeight > box.clientHeight,
    headerHeight,
    view: box.clientHeight - headerHeight,
    // SVG elements have no offsetTop.
    svgTop: svg.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop,
    maxScrollTop: box.scrollHeight - box.clientHeight,
    scrollTop: box.scrollTop,
  };
}

/**
 * Keeps in view, when the trace does not fit, what each step talks about (focus.ts) and, in
 * between while the line glides, the "now" line itself, with below it the room the step's
 * segments take when that fits. Never reads layout, and writes scrollTop
 * at most once a frame, in an animation frame (scrollWriter): a write in the middle of a step's
 * DOM changes cost a second layout of the page (issue 8).
 */
export function useScrollToFollow(
  refs: ScrollBox,
  trace: Trace,
  layout: LadderLayout | null,
  cursor: CursorSource,
  nowY: MotionValue<number>,
): void {
  // Nothing to follow before the first layout (the prerendered drawing, at step 0, is kept).
  const fontPx = layout?.fontPx ?? 0;
  const { scrollRef, svgRef, headerRef } = refs;
  const metrics = useRef<BoxMetrics | null>(null);
  // What was asked to be shown before the box was measured, shown once it is.
  const waiting = useRef<StepFocus | null>(null);
  // How far below its row what the current step sends reaches: the "now" line gliding to the
  // step brings that room along, so the step's segments are in view where the glide lands.
  const ahead = useRef(0);
  const [writer] = useState(scrollWriter);

  /** Shows `focus` (focus.ts): the metrics move at once, the box in the next frame. */
  const scrollToShow = useCallback(
    (focus: StepFocus) => {
      const box = scrollRef.current;
      const m = metrics.current;
      if (!m) waiting.current = focus;
      if (!box || !m?.scrollable) return;
      const target = scrollTarget(m, fontPx * SCROLL_MARGIN_EM, focus);
      if (target === null) return;
      m.scrollTop = target;
      writer.write(box, target);
    },
    [scrollRef, fontPx, writer],
  );

  // First among this hook's effects: the step's scroll below waits for what it measures.
  useLayoutEffect(() => {
    const box = scrollRef.current;
    const boxRefs = { scrollRef, svgRef, headerRef };
    const measure = () => {
      metrics.current = measureBox(boxRefs);
      const asked = waiting.current;
      waiting.current = null;
      if (asked) scrollToShow(asked);
    };
    // Measured by the ResizeObserver, whose first report comes after the browser's next layout,
    // so measuring there forces nothing. Measured here, in React's commit, it laid the page out
    // inside the commit's task: the longest part of drawing the ladder on load (issue 8: TBT).
    metrics.current = null;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    if (!observer) measure();
    if (!box) return;
    const onScroll = () => {
      // A write on its way is newer than the position this event reports.
      if (metrics.current && !writer.pending()) metrics.current.scrollTop = box.scrollTop;
    };
    box.addEventListener('scroll', onScroll, { passive: true });
    observer?.observe(box);
    return () => {
      box.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [scrollRef, svgRef, headerRef, layout, writer, scrollToShow]);

  useMotionValueEvent(nowY, 'change', (y) =>
    scrollToShow({ top: y - fontPx, bottom: y + fontPx, ownTop: y - fontPx, row: y, reach: y + Math.max(fontPx, ahead.current) }),
  );
  // A new layout (resize, other scenario), then each step as it is taken (without a render):
  // shown in the frame that draws it.
  useLayoutEffect(() => {
    if (!layout) return;
    const showStep = () => {
      const focus = stepFocus(trace, layout, cursor.get());
      ahead.current = focus.reach - focus.row;
      scrollToShow(focus);
    };
    showStep();
    return cursor.subscribe(showStep);
  }, [trace, layout, cursor, scrollToShow]);
}

/**
 * Writes of scrollTop, merged and made in the next animation frame (the last one asked for wins),
 * after the frame's other DOM changes: setting scrollTop lays the page out first, and this way
 * that layout is the frame's only one. While the line glides, the box follows it a frame behind,
 * inside the scroll margin. Returns the write and whether one is on its way.
 */
function scrollWriter(): { write(box: HTMLElement, scrollTop: number): void; pending(): boolean } {
  let next: { box: HTMLElement; scrollTop: number } | null = null;
  return {
    write(box, scrollTop) {
      if (!next)
        requestAnimationFrame(() => {
          if (next) next.box.scrollTop = next.scrollTop;
          next = null;
        });
      next = { box, scrollTop };
    },
    pending: () => next !== null,
  };
}

/** The scrollTop that shows `focus` (viewTopFor), or null if it is in view already. */
function scrollTarget(m: BoxMetrics, margin: number, focus: StepFocus): number | null {
  const shownTop = m.scrollTop + m.headerHeight - m.svgTop;
  const target = viewTopFor(focus, shownTop, m.view, margin);
  if (Math.abs(target - shownTop) <= 0.5) return null;
  const scrollTop = Math.min(m.maxScrollTop, Math.max(0, m.svgTop + target - m.headerHeight));
  return Math.abs(scrollTop - m.scrollTop) > 0.5 ? scrollTop : null;
}
