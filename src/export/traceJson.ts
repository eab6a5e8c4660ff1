/**
 * The trace contract of design.md, as printed by `npm run trace -- <id> --json`: a stable,
 * documented subset of the Trace for other tools (graders, slides, tests of other producers).
 */
import type { Trace } from '../engine';

export function traceToJson(trace: Trace) {
  return {
    scenario: trace.scenario,
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
    })),
    states: trace.states,
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
