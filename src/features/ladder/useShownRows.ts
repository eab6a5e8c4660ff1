import { useLayoutEffect, useMemo, useState, useSyncExternalStore, type RefObject } from 'react';
import type { ArrowLayout, LadderLayout, LadderViewport } from '../../export/ladder/layout';
import type { CursorSource } from './cursorSource';
import { DRAW_ALL_BELOW, isShown, shownRows, type RowBand, type ShownRows } from './shownRows';

const noChanges = () => () => {};

/**
 * The rows of a long diagram to draw (shownRows) and the arrows in them. Keyboard users keep
 * their way through: the focused arrow and its neighbours are always drawn, so Tab reaches the
 * next arrow, which the browser scrolls into view, which draws the rows around it. Nothing is
 * shown while there is no layout yet (the prerendered drawing is kept meanwhile).
 *
 * `stepGlide` says where the step's glide of the "now" line starts and ends (px). A step reaches
 * this through `cursor`, outside React: it renders only when the rows around the step change,
 * which for a diagram drawn whole is never (issue 8: a step does only its own work).
 */
export function useShownRows(
  scrollRef: RefObject<HTMLElement | null>,
  svgRef: RefObject<SVGSVGElement | null>,
  layout: LadderLayout | null,
  viewport: LadderViewport | null,
  cursor: CursorSource,
  stepGlide: () => readonly [number, number],
): { rows: ShownRows; arrows: readonly ArrowLayout[] } {
  const page = viewport?.height ?? 0;
  const [scrollPage, setScrollPage] = useState(0);
  // Where the box is scrolled matters only to a diagram drawn in part. Reading scrollTop in a
  // layout effect makes the browser lay the page out inside React's commit; for the diagram
  // drawn whole (every short scenario, the first screen) that was the commit's longest part
  // (issue 8: total blocking time), and nothing used the answer.
  const windowed = layout !== null && !layout.fits && layout.arrows.length >= DRAW_ALL_BELOW;
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box || !(page > 0) || !windowed) return;
    const onScroll = () => setScrollPage(Math.floor(box.scrollTop / page));
    onScroll();
    box.addEventListener('scroll', onScroll, { passive: true });
    return () => box.removeEventListener('scroll', onScroll);
  }, [scrollRef, page, windowed]);

  const [focused, setFocused] = useState<number | null>(null);
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onFocus = (event: FocusEvent) => {
      const id = Number((event.target as Element).getAttribute('data-segment-id'));
      setFocused(Number.isInteger(id) && id > 0 ? id : null);
    };
    svg.addEventListener('focusin', onFocus);
    return () => svg.removeEventListener('focusin', onFocus);
  }, [svgRef]);

  // The band around the step, followed outside React: a step renders only when it moves the band.
  const stepBand = (): RowBand | undefined => {
    if (!layout) return undefined;
    const [fromY, toY] = stepGlide();
    return shownRows({ fits: layout.fits, arrowCount: layout.arrows.length, page, fromY, toY, scrollTop: 0 })?.[0];
  };
  const subscribe = windowed ? cursor.subscribe : noChanges;
  const stepTop = useSyncExternalStore(
    subscribe,
    () => stepBand()?.top ?? NaN,
    () => NaN,
  );
  const stepBottom = useSyncExternalStore(
    subscribe,
    () => stepBand()?.bottom ?? NaN,
    () => NaN,
  );
  const found =
    layout && shownRows({ fits: layout.fits, arrowCount: layout.arrows.length, page, fromY: 0, toY: 0, scrollTop: scrollPage * page });
  // The same object while the band is the same, so what draws from it stays memoised.
  const [scrollTop, scrollBottom] = found ? [found[1].top, found[1].bottom] : [NaN, NaN];
  const rows = useMemo<ShownRows>(
    () =>
      Number.isNaN(scrollTop)
        ? null
        : [
            { top: stepTop, bottom: stepBottom },
            { top: scrollTop, bottom: scrollBottom },
          ],
    [stepTop, stepBottom, scrollTop, scrollBottom],
  );
  const arrows = useMemo(
    () =>
      layout === null
        ? []
        : rows === null
          ? layout.arrows
          : layout.arrows.filter(
              (arrow) =>
                isShown(rows, Math.min(arrow.y1, arrow.y2), Math.max(arrow.y1, arrow.y2)) ||
                (focused !== null && Math.abs(arrow.id - focused) <= 1),
            ),
    [layout, rows, focused],
  );
  return { rows, arrows };
}
