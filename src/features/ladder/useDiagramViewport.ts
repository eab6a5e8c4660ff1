import { startTransition, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { LadderViewport } from '../../export/ladder/layout';

/** Before the first measurement, and in jsdom (no layout, no ResizeObserver); the build's prerender. */
export const UNMEASURED: LadderViewport = { width: 720, fontPx: 16 };

/**
 * How long a task runs the first layout's slices before it lets the browser in: React's own slice
 * (its scheduler yields every 5 ms), well under the 12.5 ms that is 50 ms on a 4× slower phone.
 */
const SLICE_BUDGET_MS = 5;

/**
 * Size of the diagram box and its font size, kept current. The height given to the layout is what
 * the box can show below its sticky header: its own height, or its max-height when it grows with
 * its content (phones), so fitting never feeds back into what it measures. The font size is read
 * from a 1em-wide probe that is observed too, so switching to large type re-lays out the diagram
 * even when the box's size does not change.
 *
 * `adopting`: the box holds the prerendered diagram (laid out for UNMEASURED, scaled to the box by
 * its viewBox). Until the box has been measured this returns null, and the diagram keeps that
 * drawing: it is laid out once, for the measured box, not first for UNMEASURED only to match the
 * prerendered HTML (issue 8: that second layout was the largest task while the page loaded). The
 * first measurement is applied in a transition, a render React can interrupt, not inside the task
 * that adopted the page, and `prepare` (the layout for that box, remembered by laidOut, made in
 * slices) runs first, a few slices per task, each task ending once it has run SLICE_BUDGET_MS:
 * the layout's cold start, each trial layout of its fitting and React's render of the diagram are
 * then short tasks, not one long one (issue 8: total blocking time counts each task's time over
 * 50 ms, on a 4× slower phone). A box that cannot be measured (hidden) is laid out for UNMEASURED.
 */
export function useDiagramViewport(
  boxRef: RefObject<HTMLElement | null>,
  emProbeRef: RefObject<HTMLElement | null>,
  headerRef: RefObject<HTMLElement | null>,
  adopting: boolean,
  prepare: (viewport: LadderViewport) => Iterator<unknown>,
): LadderViewport | null {
  const [viewport, setViewport] = useState<LadderViewport | null>(adopting ? null : UNMEASURED);
  const deferFirst = useRef(adopting);
  // The latest `prepare`, read when it runs: a new trace (each sandbox call) gives a new one, and
  // observing the box afresh for it measured the whole page again in the call's task (issue 10).
  const prepareLatest = useRef(prepare);
  useLayoutEffect(() => {
    prepareLatest.current = prepare;
  }, [prepare]);
  const measured = viewport !== null && viewport !== UNMEASURED;
  useLayoutEffect(() => {
    const box = boxRef.current;
    const probe = emProbeRef.current;
    let preparing: ReturnType<typeof setTimeout> | undefined;
    const apply = (next: LadderViewport | null) => {
      const update = () => setViewport((old) => (next === null ? (old ?? UNMEASURED) : old !== null && sameSize(old, next) ? old : next));
      if (!deferFirst.current) return update();
      clearTimeout(preparing);
      const slices = next === null ? null : prepareLatest.current(next);
      const runSlices = () => {
        preparing = setTimeout(() => {
          const until = performance.now() + SLICE_BUDGET_MS;
          while (slices !== null && slices.next().done !== true) {
            if (performance.now() >= until) return runSlices();
          }
          startTransition(update);
        }, 0);
      };
      runSlices();
    };
    if (!box || !probe || typeof ResizeObserver === 'undefined') return apply(null);
    const measure = () => apply(measureBox(box, probe, headerRef.current));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    observer.observe(probe);
    return () => {
      observer.disconnect();
      clearTimeout(preparing);
    };
  }, [boxRef, emProbeRef, headerRef]);
  // Once measured, a resize lays the diagram out at once, as it always did.
  useLayoutEffect(() => {
    if (measured) deferFirst.current = false;
  }, [measured]);
  return viewport;
}

/** The box's size now, or null while it has none (hidden, not yet laid out by the browser). */
function measureBox(box: HTMLElement, probe: HTMLElement, header: HTMLElement | null): LadderViewport | null {
  const width = Math.round(box.clientWidth);
  const fontPx = probe.getBoundingClientRect().width;
  const maxHeight = Number.parseFloat(getComputedStyle(box).maxHeight);
  const boxHeight = Number.isFinite(maxHeight) ? maxHeight : box.clientHeight;
  const height = Math.floor(boxHeight - (header?.offsetHeight ?? 0));
  return width > 0 && fontPx > 0 && height > 0 ? { width, fontPx, height } : null;
}

const sameSize = (a: LadderViewport, b: LadderViewport): boolean => a.width === b.width && a.fontPx === b.fontPx && a.height === b.height;
