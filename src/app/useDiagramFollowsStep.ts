import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useSimStore } from '../store';

/** Set on <html>: the sticky playback bar's height, for layout.css and scroll padding. */
const BAR_HEIGHT_VAR = '--controls-bar-height';

/**
 * Where the page scrolls (a phone: the diagram, then the explanation below it), every step brings
 * the diagram back fully into view above the sticky playback bar, so the arrow the step is about
 * and its caption are on screen after each tap, wherever the reader had scrolled. Where the page
 * fits the window (laptop, projector) there is nothing to scroll and this does nothing. Off in the
 * sandbox (`follow` false): there the learner's own call pads drive it, and each call must not
 * carry them a screen away from the pads.
 *
 * Performance (issue 8): it listens to the store, not through a React subscription, so a step
 * does not re-render the layout that calls it (and with it every panel); and it reads no layout
 * while the diagram is in view, which an IntersectionObserver keeps track of: reading it after
 * each step's render forced a second layout of the whole page per step.
 */
export function useDiagramFollowsStep(diagram: RefObject<HTMLElement | null>, bar: RefObject<HTMLElement | null>, follow: boolean): void {
  const store = useSimStore();
  // A link that opens at a later step counts as arriving there: its diagram is brought into view
  // like after a tap (the header would otherwise push the step under the bar). Step 0 opens at the top.
  const shownCursor = useRef(0);

  useLayoutEffect(() => {
    const barElement = bar.current;
    const panel = diagram.current;
    if (!barElement || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const inView = diagramInView(panel);
    const publish = () => {
      const height = Math.ceil(barElement.getBoundingClientRect().height);
      root.style.setProperty(BAR_HEIGHT_VAR, `${height}px`);
      inView.barHeight(height);
    };
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(barElement);

    const arriveAt = (cursor: number) => {
      if (shownCursor.current === cursor) return;
      shownCursor.current = cursor;
      if (follow && panel && !inView.known()) showWholeDiagram(panel, barElement);
    };
    arriveAt(store.getState().cursor);
    // Synchronously with the step, before React draws it: the panel's place on the page does not
    // depend on the step, and the scroll lands in the same frame as the new step, so the step
    // never flashes up where the reader had scrolled.
    const unsubscribe = store.subscribe((state) => arriveAt(state.cursor));
    return () => {
      unsubscribe();
      observer.disconnect();
      inView.stop();
      root.style.removeProperty(BAR_HEIGHT_VAR);
    };
  }, [store, diagram, bar, follow]);
}

interface InView {
  /** True only when the diagram is known to be whole on screen above the bar. */
  known(): boolean;
  /** The bar's height changed: what counts as on screen changes with it. */
  barHeight(px: number): void;
  stop(): void;
}

/**
 * Whether the diagram panel is whole on screen above the bar, as an IntersectionObserver last
 * saw it (computed with the frame, so reading it forces no layout). Until it has reported, or
 * where there is none, "not known": the caller measures.
 */
function diagramInView(panel: HTMLElement | null): InView {
  let whole = false;
  let observer: IntersectionObserver | null = null;
  return {
    known: () => whole,
    barHeight(px) {
      observer?.disconnect();
      whole = false;
      if (!panel || typeof IntersectionObserver === 'undefined') return;
      // One pixel of slack each way (subpixel edges), and the strip under the bar left out.
      observer = new IntersectionObserver(
        (entries) => {
          const entry = entries.at(-1);
          if (entry) whole = entry.isIntersecting && entry.intersectionRatio >= 1;
        },
        { rootMargin: `1px 1px ${1 - px}px 1px`, threshold: 1 },
      );
      observer.observe(panel);
    },
    stop: () => observer?.disconnect(),
  };
}

/** Scrolls the page so the diagram panel starts at the top, if any of it is off screen or under the bar. */
function showWholeDiagram(panel: HTMLElement, bar: HTMLElement): void {
  const scroller = document.scrollingElement;
  if (!scroller || scroller.scrollHeight <= window.innerHeight) return;
  const barTop = bar.getBoundingClientRect().top;
  const box = panel.getBoundingClientRect();
  if (box.top < 0 || box.bottom > barTop + 1) window.scrollBy({ top: box.top, behavior: 'instant' });
}
