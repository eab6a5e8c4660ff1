/**
 * A Mermaid `sequenceDiagram` of a trace, for slides and course pages. State changes become
 * notes over the lifeline; lost segments use Mermaid's cross arrow (`-x`).
 */
import type { Trace } from '../engine';
import { formatSegmentLabel, type SeqContext } from '../engine';

export function traceToMermaid(trace: Trace, ctx: SeqContext = { mode: 'absolute', isn: trace.isn }): string {
  const lines = ['sequenceDiagram', '    participant C as Client', '    participant S as Server'];
  const alias = { client: 'C', server: 'S' } as const;
  lines.push(`    Note over C: ${trace.initial.client.state}`);
  lines.push(`    Note over S: ${trace.initial.server.state}`);
  for (const step of trace.steps) {
    for (const id of step.emitted) {
      const s = trace.segments[id - 1];
      if (!s) continue;
      const arrow = s.lost ? '-x' : '->>';
      // Mermaid treats ';' and '#' specially in message text; our labels contain neither.
      const label = `${formatSegmentLabel(s, s.from, ctx)}${s.retransmission ? ' (retransmission)' : ''}${s.lost ? ' (lost)' : ''}`;
      lines.push(`    ${alias[s.from]}${arrow}${alias[s.to]}: ${label}`);
    }
    if (step.from !== step.to) lines.push(`    Note over ${alias[step.side]}: ${step.to}`);
  }
  return `${lines.join('\n')}\n`;
}
