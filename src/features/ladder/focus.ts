/**
 * What the current step talks about, as a vertical range of the diagram: the scrolled ladder
 * keeps it in view. Pure.
 */
import type { RuleId, Trace } from '../../engine';
import { hasLane, stepY, type LadderLayout } from '../../export/ladder/layout';

/** Steps about a listener's queue of half-open connections: they talk about the SYNs that fill it. */
const QUEUE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['listen-syn-queued', 'listen-backlog-full', 'syn-queue-retransmit']);

/**
 * The range [top, bottom] (layout y) to keep in view after `cursor` steps: the step's moment and
 * the notes it adds, the segment whose arrival caused it, and for a step about a full (or
 * filling) SYN queue, the SYNs that filled it (RFC 4987 §3.1: the flood is the point).
 */
export function stepFocus(trace: Trace, layout: LadderLayout, cursor: number): { top: number; bottom: number } {
  const index = Math.min(cursor, trace.steps.length) - 1;
  const step = trace.steps[index];
  if (!step) return { top: 0, bottom: layout.axis.top + layout.fontPx };
  const y = stepY(layout.axis, index);
  let top = y;
  let bottom = y + layout.fontPx;
  for (const side of Object.values(layout.notes)) {
    for (const note of side) if (note.step === index) bottom = Math.max(bottom, note.top + note.height);
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
  return { top, bottom };
}
