/**
 * Which part of a long diagram is drawn (issue 10 item 10: a 1,600-step sandbox session drew
 * every arrow and note, and each click took seconds). Pure: the rows are counted in pages of the
 * box's height, so what is drawn changes only when the step or the scroll crosses into another
 * page, not on every step.
 */

/** Fewer arrows than this are all drawn: every scenario, and short sandbox sessions. */
export const DRAW_ALL_BELOW = 60;

/** A vertical band of the diagram, px; `null` draws everything. */
export type ShownRows = { readonly top: number; readonly bottom: number } | null;

export interface ShownRowsInput {
  /** The layout fits the box: nothing scrolls, draw everything. */
  readonly fits: boolean;
  readonly arrowCount: number;
  /** Height of the box's view, px. */
  readonly page: number;
  /** Where the step's glide starts and ends, px. */
  readonly fromY: number;
  readonly toY: number;
  /** What the box is scrolled to, px. */
  readonly scrollTop: number;
}

/**
 * A page above and two below the step's glide and what the learner scrolled to, so stepping on,
 * scrolling a little or a focus moving to the next arrow always finds it drawn.
 */
export function shownRows({ fits, arrowCount, page, fromY, toY, scrollTop }: ShownRowsInput): ShownRows {
  if (fits || arrowCount < DRAW_ALL_BELOW || !(page > 0)) return null;
  const pageOf = (y: number) => Math.floor(Math.max(0, y) / page);
  const first = Math.min(pageOf(Math.min(fromY, toY)), pageOf(scrollTop)) - 1;
  const last = Math.max(pageOf(Math.max(fromY, toY)), pageOf(scrollTop)) + 2;
  return { top: first * page, bottom: (last + 1) * page };
}

/** Whether something spanning [top, bottom] is in the drawn band. */
export function isShown(rows: ShownRows, top: number, bottom: number): boolean {
  return rows === null || (bottom >= rows.top && top <= rows.bottom);
}
