/**
 * Which part of a long diagram is drawn (issue 10 item 10: a 1,600-step sandbox session drew
 * every arrow and note, and each click took seconds). Pure: the rows are counted in pages of the
 * box's height, so what is drawn changes only when the step or the scroll crosses into another
 * page, not on every step.
 */

/** Fewer arrows than this are all drawn: every scenario, and short sandbox sessions. */
export const DRAW_ALL_BELOW = 60;

/** The longest glide of the "now" line drawn whole, in pages. */
export const MAX_GLIDE_PAGES = 10;

/** A vertical band of the diagram, px. */
export interface RowBand {
  readonly top: number;
  readonly bottom: number;
}

/** The bands drawn: around the step, and around what is scrolled to; `null` draws everything. */
export type ShownRows = readonly [RowBand, RowBand] | null;

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
 * A page above and two below the step's glide, and the same around what the learner scrolled to
 * (the same band once the view has followed the step), so stepping on, scrolling a little or a
 * focus moving to the next arrow always finds it drawn. Two bands, not the span between them: a
 * jump to the end (or a reopened session) before the box has scrolled there must not draw it all.
 */
export function shownRows({ fits, arrowCount, page, fromY, toY, scrollTop }: ShownRowsInput): ShownRows {
  if (fits || arrowCount < DRAW_ALL_BELOW || !(page > 0)) return null;
  const pageOf = (y: number) => Math.floor(Math.max(0, y) / page);
  const band = (first: number, last: number): RowBand => ({ top: (first - 1) * page, bottom: (last + 3) * page });
  // A "glide" longer than that is a jump: from where another trace's line was (reopening the
  // sandbox, 1,600 steps down) or across a minute-long delay. Drawing all of it drew the whole
  // session; the view follows the line, and what it scrolls past is the scroll band's.
  const glide = Math.abs(toY - fromY) > MAX_GLIDE_PAGES * page ? [toY, toY] : [Math.min(fromY, toY), Math.max(fromY, toY)];
  return [band(pageOf(glide[0] as number), pageOf(glide[1] as number)), band(pageOf(scrollTop), pageOf(scrollTop))];
}

/** Whether something spanning [top, bottom] is in a drawn band. */
export function isShown(rows: ShownRows, top: number, bottom: number): boolean {
  return rows === null || rows.some((band) => bottom >= band.top && top <= band.bottom);
}
