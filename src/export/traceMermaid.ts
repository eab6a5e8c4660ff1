/**
 * A Mermaid `sequenceDiagram` of a trace, for slides and course pages. State changes become
 * notes over the lifeline; lost segments use Mermaid's cross arrow (`-x`).
 */
import { ABSOLUTE_SEQ, formatSegmentLabel, type SeqContext, type Trace, type TraceSegment } from '../engine';
import { foreignLegend, injectedBy, segmentNotes } from './segmentNotes';

export function traceToMermaid(trace: Trace, ctx: SeqContext = ABSOLUTE_SEQ): string {
  const lines = ['sequenceDiagram', '    participant C as Client', '    participant S as Server'];
  const alias = { client: 'C', server: 'S' } as const;
  lines.push(`    Note over C: ${trace.initial.client.state}`);
  lines.push(`    Note over S: ${trace.initial.server.state}`);
  const message = (s: TraceSegment) => {
    const arrow = s.lost ? '-x' : '->>';
    // Mermaid treats ';' and '#' specially in message text; our labels and notes use neither.
    lines.push(`    ${alias[s.from]}${arrow}${alias[s.to]}: ${formatSegmentLabel(s, ctx)}${segmentNotes(s)}`);
  };
  const shown = new Set<number>();
  for (const step of trace.steps) {
    injectedBy(trace.segments, step.t, shown).forEach(message);
    for (const id of step.emitted) {
      const s = trace.segments[id - 1];
      if (s) message(s);
    }
    if (step.from !== step.to) lines.push(`    Note over ${alias[step.side]}: ${step.to}`);
  }
  const legend = foreignLegend(trace, ctx);
  if (legend) lines.push(`    Note over C,S: ${legend}`);
  return `${lines.join('\n')}\n`;
}
