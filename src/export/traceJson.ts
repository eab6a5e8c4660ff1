/**
 * The trace contract of design.md, as printed by `npm run trace -- <id> --json`: a stable,
 * documented subset of the Trace for other tools (graders, slides, tests of other producers).
 */
import { ABSOLUTE_SEQ, formatSegmentLabel, segmentNumbers, type SeqContext, type ShownSeq, type Trace, type TraceSegment } from '../engine';

/** A relative number for tools: null where it belongs to no incarnation of ours (no ISN to count from). */
const relativeValue = (shown: ShownSeq | null) => (shown === null || shown.foreign ? null : shown.value);

/** With `--relative`: the numbers the label shows, and the ISN a SYN starting an incarnation announces. */
function relativeFields(s: TraceSegment, ctx: SeqContext) {
  if (ctx.mode !== 'relative') return {};
  const numbers = segmentNumbers(s, ctx);
  return { relative: { seq: relativeValue(numbers.seq), ack: relativeValue(numbers.ack), isn: numbers.isn } };
}

export function traceToJson(trace: Trace, ctx: SeqContext = ABSOLUTE_SEQ) {
  return {
    scenario: trace.scenario,
    // Which engine choices made it (`--profile`); a trace not made by the engine is neither.
    ...(trace.profile === undefined ? {} : { profile: trace.profile }),
    isn: trace.isn,
    segments: trace.segments.map((s) => ({
      id: s.id,
      from: s.from,
      srcPort: s.srcPort,
      dstPort: s.dstPort,
      flags: [...s.flags],
      seq: s.seq,
      ack: s.ack,
      len: s.len,
      window: s.window,
      ...(s.options ? { options: s.options } : {}),
      sentAt: s.sentAt,
      arrivesAt: s.arrivesAt,
      lost: s.lost,
      fate: s.fate,
      retransmission: s.retransmission,
      duplicateOf: s.duplicateOf,
      origin: s.origin,
      /** The label the app and the text ladder draw, in the chosen mode. */
      label: formatSegmentLabel(s, ctx),
      ...relativeFields(s, ctx),
    })),
    states: trace.states,
    // Only traces with a second connection on a side (a reconnect) have it: see design.md.
    ...(trace.connections ? { connections: trace.connections } : {}),
    steps: trace.steps.map((step) => ({
      t: step.t,
      side: step.side,
      event: step.event,
      from: step.from,
      to: step.to,
      rule: step.rule,
      rfc: step.rfc,
      sent: step.emitted,
      app: step.app,
    })),
  };
}
