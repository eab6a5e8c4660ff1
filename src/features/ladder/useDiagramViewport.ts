import { startTransition, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { LadderViewport } from '../../export/ladder/layout';

/** Before the first measurement, and in jsdom (no layout, no ResizeObserver); the build's prerender. */
export const UNMEASURED: LadderViewport = { width: 720, fontPx: 16 };

/**
 * Size of the diagram box and its font size, kept current. The height given to the layout is what
 * the box can show below its sticky header: its own height, or its max-height when it grows with
 * its content (phones), so fitting never feeds back into what it measures. The font size is read
 * from a 1em-wide probe that is observed too, so switching to large type re-lays out the diagram
 * even when the box's size does not change.
 *
 * `hydrating`: the box holds the prerendered diagram (laid out for UNMEASURED, scaled to the box by
 * its viewBox), so its first measurement need not block the page: it is laid out again in a
 * transition, a render React can interrupt, instead of inside the task that adopted the page.
 */
export function useDiagramViewport(
  boxRef: RefObject<HTMLElement | null>,
  emProbeRef: RefObject<HTMLElement | null>,
  headerRef: RefObject<HTMLElement | null>,
  hydrating = false,
): LadderViewport {
  const [viewport, setViewport] = useState(UNMEASURED);
  const deferFirst = useRef(hydrating);
  const measured = viewport !== UNMEASURED;
  useLayoutEffect(() => {
    const box = boxRef.current;
    const probe = emProbeRef.current;
    if (!box || !probe || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const width = Math.round(box.clientWidth);
      const fontPx = probe.getBoundingClientRect().width;
      const maxHeight = Number.parseFloat(getComputedStyle(box).maxHeight);
      const boxHeight = Number.isFinite(maxHeight) ? maxHeight : box.clientHeight;
      const height = Math.floor(boxHeight - (headerRef.current?.offsetHeight ?? 0));
      if (width > 0 && fontPx > 0 && height > 0) {
        const update = () =>
          setViewport((old) => (old.width === width && old.fontPx === fontPx && old.height === height ? old : { width, fontPx, height }));
        if (deferFirst.current) startTransition(update);
        else update();
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    observer.observe(probe);
    return () => observer.disconnect();
  }, [boxRef, emProbeRef, headerRef]);
  // Once measured, a resize lays the diagram out at once, as it always did.
  useLayoutEffect(() => {
    if (measured) deferFirst.current = false;
  }, [measured]);
  return viewport;
}
