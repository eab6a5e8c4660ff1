/**
 * What the current step talks about, as a vertical range of the diagram: the scrolled ladder
 * keeps it in view. Pure.
 */
import type { RuleId, Trace } from '../../engine';
import { arrowExtent, hasLane, insideNameSpan, stepY, type LadderLayout } from '../../export/ladder/layout';

/** Steps about a listener's queue of half-open connections: they talk about the SYNs that fill it. */
const QUEUE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['listen-syn-queued', 'listen-backlog-full', 'syn-queue-retransmit']);

/** Room kept between what is scrolled into view and the edge of the box, em. */
export const SCROLL_MARGIN_EM = 0.8;

/** A step's ranges of the diagram (layout y, growing downward), from the most to the least needed. */
export interface StepFocus {
  /** What the step talks about: kept in view; when it cannot all be, its bottom wins. */
  readonly top: number;
  readonly bottom: number;
  /** Where the step itself starts (its row, or the segment whose arrival caused it): `top` or below. */
  readonly ownTop: number;
  /** The step's own row: where the "now" line rests after it. */
  readonly row: number;
  /** How far down what the step sends reaches (at least `bottom`). */
  readonly reach: number;
}

/**
 * The range [top, bottom] (layout y) to keep in view after `cursor` steps: the step's moment and
 * the notes it adds (on a phone, the name of a state it enters, written down the band), the
 * segment whose arrival caused it, and for a step about a full (or filling) SYN queue, the SYNs
 * that filled it (RFC 4987 §3.1: the flood is the point). Its `reach` adds the segments the step
 * sends, each to its arrival or its ✕: where the story goes next.
 */
export function stepFocus(trace: Trace, layout: LadderLayout, cursor: number): StepFocus {
  const index = Math.min(cursor, trace.steps.length) - 1;
  const step = trace.steps[index];
  if (!step) {
    const top = layout.axis.top;
    return { top: 0, bottom: top + layout.fontPx, ownTop: 0, row: top, reach: top + layout.fontPx };
  }
  const y = stepY(layout.axis, index);
  let top = y;
  let bottom = y + layout.fontPx;
  for (const side of Object.values(layout.notes)) {
    for (const note of side) if (note.step === index) bottom = Math.max(bottom, note.top + note.height);
  }
  for (const side of Object.values(layout.bands)) {
    for (const band of side) if (band.step === index) bottom = Math.max(bottom, insideNameSpan(layout, band)?.bottom ?? bottom);
  }
  // The last step of a run stopped early: and the note saying the story goes on.
  const { horizon } = layout;
  if (horizon && index === trace.steps.length - 1) {
    bottom = Math.max(bottom, horizon.y + layout.fontPx * 1.25 + horizon.lines.length * horizon.lineHeight);
  }
  const arrowStart = (segmentId: number) => {
    const arrow = layout.arrows[segmentId - 1];
    if (arrow) top = Math.min(top, arrow.y1);
  };
  if (step.input.kind === 'segment') arrowStart(step.input.segmentId);
  const ownTop = top;
  if (QUEUE_RULES.has(step.rule)) {
    const queued = step.after[step.side].synQueue;
    const fills = trace.steps
      .slice(0, index + 1)
      .filter((s) => s.side === step.side && s.rule === 'listen-syn-queued' && s.input.kind === 'segment')
      .slice(-Math.max(queued, 1));
    for (const fill of fills) if (fill.input.kind === 'segment') arrowStart(fill.input.segmentId);
    // …and who sent them, when that is a sender with a lane of its own (an attacker, another client).
    for (const source of layout.sources) if (hasLane(source.kind)) top = Math.min(top, source.labelY - source.fontPx);
  }
  let reach = bottom;
  for (const id of step.emitted) {
    const arrow = layout.arrows[id - 1];
    if (arrow) reach = Math.max(reach, arrowExtent(layout, arrow).bottom);
  }
  return { top, bottom, ownTop, row: y, reach };
}

/**
 * The layout y to put at the top of a view `view` px tall, now showing from `shownTop`, so that it
 * shows `focus`, with `margin` kept from the edges. All of it, down to what the step sends, when
 * that fits (moving as little as possible). Else what is lowest wins, as much as fits: what the
 * step sends with the step itself, the context above as far as it goes; or, when even that does
 * not fit, what the step talks about (moving as little as possible), or its bottom: what just
 * happened.
 */
export function viewTopFor(focus: StepFocus, shownTop: number, view: number, margin: number): number {
  const fits = (top: number, bottom: number) => bottom - top + 2 * margin <= view;
  const withBottomAt = (bottom: number) => bottom + margin - view;
  const movingLeast = (top: number, bottom: number) => Math.min(Math.max(shownTop, withBottomAt(bottom)), top - margin);
  if (fits(focus.top, focus.reach)) return movingLeast(focus.top, focus.reach);
  if (fits(focus.ownTop, focus.reach)) return withBottomAt(focus.reach);
  return fits(focus.top, focus.bottom) ? movingLeast(focus.top, focus.bottom) : withBottomAt(focus.bottom);
}
