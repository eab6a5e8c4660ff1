import { useLayoutEffect, useRef, type RefObject } from 'react';
import { stepsAfterFrame, usePlayhead } from '../playback';
import { fetchFault, useSimStore } from '../store';

/** Set on <html>: the sticky playback bar's height, for layout.css and scroll padding. */
const BAR_HEIGHT_VAR = '--controls-bar-height';

/**
 * Where the page scrolls (a phone: the diagram, then the explanation below it), every step brings
 * the diagram back fully into view above the sticky playback bar, so the arrow the step is about
 * and its caption are on screen after each tap, wherever the reader had scrolled. Where the page
 * fits the window (laptop, projector) there is nothing to scroll and this does nothing. Off in the
 * sandbox (`follow` false): there the learner's own call pads drive it, and each call must not
 * carry them a screen away from the pads. Off while part of the page could not be fetched.
 *
 * Performance (issue 8): it listens to the store, not through a React subscription, so a step
 * does not re-render the layout that calls it (and with it every panel); and it reads no layout
 * while the diagram is whole on screen, which an IntersectionObserver keeps track of (computed
 * with each frame, so reading it forces nothing): measuring after each step's render forced a
 * second layout of the whole page per step.
 */
export function useDiagramFollowsStep(diagram: RefObject<HTMLElement | null>, bar: RefObject<HTMLElement | null>, follow: boolean): void {
  const store = useSimStore();
  const playhead = usePlayhead();
  // A link that opens at a later step counts as arriving there: its diagram is brought into view
  // like after a tap (the header would otherwise push the step under the bar). Step 0 opens at the top.
  const shownCursor = useRef(0);

  useLayoutEffect(() => {
    const barElement = bar.current;
    const panel = diagram.current;
    if (!barElement || !panel || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    // Whether the panel is whole on screen above the bar, as last seen; false until seen.
    let whole = false;
    let inView: IntersectionObserver | undefined;
    const publish = () => {
      const height = Math.ceil(barElement.getBoundingClientRect().height);
      root.style.setProperty(BAR_HEIGHT_VAR, `${height}px`);
      inView?.disconnect();
      whole = false;
      // The strip under the bar left out, and a pixel of slack each way for subpixel edges.
      inView = new IntersectionObserver((entries) => (whole = (entries.at(-1)?.intersectionRatio ?? 0) >= 1), {
        rootMargin: `1px 1px ${1 - height}px 1px`,
        threshold: 1,
      });
      inView.observe(panel);
    };
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(barElement);

    const arriveAt = (cursor: number) => {
      if (shownCursor.current === cursor) return;
      shownCursor.current = cursor;
      const scroller = document.scrollingElement;
      // With the diagram's code lost there is no diagram to bring into view, only an empty frame:
      // the notice above it, which says why, stays where the reader can see it.
      if (!follow || whole || !scroller || scroller.scrollHeight <= window.innerHeight || fetchFault() !== 'none') return;
      const box = panel.getBoundingClientRect();
      if (box.top < 0 || box.bottom > barElement.getBoundingClientRect().top + 1) window.scrollBy({ top: box.top, behavior: 'instant' });
    };
    arriveAt(store.getState().cursor);
    // With the diagram's other followers (stepsAfterFrame): the scroll lands in the frame where
    // the diagram starts to show the step, so the step never flashes up where the reader had
    // scrolled. The panel's place on the page does not depend on the step.
    const unsubscribe = stepsAfterFrame(store, playhead).subscribe((state) => arriveAt(state.cursor));
    return () => {
      unsubscribe();
      observer.disconnect();
      inView?.disconnect();
      root.style.removeProperty(BAR_HEIGHT_VAR);
    };
  }, [store, playhead, diagram, bar, follow]);
}
