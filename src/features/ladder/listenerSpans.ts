import type { Side, Trace } from '../../engine';

/** A stretch of time in which a side's listening socket waits in LISTEN beside a connection. */
export interface ListenerSpan {
  readonly side: Side;
  readonly fromT: number;
  readonly toT: number;
}

/**
 * When a listener stays in LISTEN while the lifeline shows a connection it accepted (or that
 * connection's end): from the step that left LISTEN to the step where the listener closes, or to
 * the end of the trace. Where the lifeline is itself in LISTEN its band says so already.
 */
export function listenerSpans(trace: Trace, side: Side = 'server'): ListenerSpan[] {
  const spans: ListenerSpan[] = [];
  let from: number | null = null;
  for (const step of trace.steps) {
    const { listening, state } = step.after[side];
    const beside = listening && state !== 'LISTEN';
    if (beside && from === null) from = step.t;
    if (!beside && from !== null) {
      spans.push({ side, fromT: from, toT: step.t });
      from = null;
    }
  }
  if (from !== null) spans.push({ side, fromT: from, toT: trace.endTime });
  return spans.filter((span) => span.toT > span.fromT);
}
