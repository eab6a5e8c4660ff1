import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useSim } from '../store';

/** Set on <html>: the sticky playback bar's height, for layout.css and scroll padding. */
const BAR_HEIGHT_VAR = '--controls-bar-height';

/**
 * Where the page scrolls (a phone: the diagram, then the explanation below it), every step brings
 * the diagram back fully into view above the sticky playback bar, so the arrow the step is about
 * and its caption are on screen after each tap, wherever the reader had scrolled. Where the page
 * fits the window (laptop, projector) there is nothing to scroll and this does nothing. Off in the
 * sandbox (`follow` false): there the learner's own call pads drive it, and each call must not
 * carry them a screen away from the pads.
 */
export function useDiagramFollowsStep(diagram: RefObject<HTMLElement | null>, bar: RefObject<HTMLElement | null>, follow: boolean): void {
  const cursor = useSim((s) => s.cursor);

  useLayoutEffect(() => {
    const element = bar.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty(BAR_HEIGHT_VAR, `${Math.ceil(element.getBoundingClientRect().height)}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(BAR_HEIGHT_VAR);
    };
  }, [bar]);

  // A link that opens at a later step counts as arriving there: its diagram is brought into view
  // like after a tap (the header would otherwise push the step under the bar). Step 0 opens at the top.
  const shownCursor = useRef(0);
  // Before paint, so the step never flashes up where the reader had scrolled.
  useLayoutEffect(() => {
    if (shownCursor.current === cursor) return;
    shownCursor.current = cursor;
    if (!follow) return;
    const panel = diagram.current;
    const barTop = bar.current?.getBoundingClientRect().top ?? window.innerHeight;
    const scroller = document.scrollingElement;
    if (!panel || !scroller || scroller.scrollHeight <= window.innerHeight) return;
    const box = panel.getBoundingClientRect();
    if (box.top < 0 || box.bottom > barTop + 1) window.scrollBy({ top: box.top, behavior: 'instant' });
  }, [cursor, diagram, bar, follow]);
}
