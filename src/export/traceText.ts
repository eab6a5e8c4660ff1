/**
 * A readable ladder for a terminal: the two sides' states in fixed columns, each segment as an
 * arrow between them, and what happened (with its RFC 9293 section) at the end of the line.
 */
import type { Trace, TraceSegment, TraceStep } from '../engine';
import { ABSOLUTE_SEQ, formatSegmentLabel, type SeqContext } from '../engine';
import { foreignLegend, injectedBy, segmentNotes } from './segmentNotes';

const STATE_WIDTH = 13;
const WIRE_WIDTH = 60;

export function traceToText(trace: Trace, ctx: SeqContext = ABSOLUTE_SEQ): string {
  const lines = [
    `scenario ${trace.scenario}   ISN client=${trace.isn.client} server=${trace.isn.server}`,
    row('t (ms)', 'CLIENT', ' '.repeat(WIRE_WIDTH), 'SERVER', 'event'),
    row('', trace.initial.client.state, wire(''), trace.initial.server.state, 'start'),
  ];
  const shown = new Set<number>();
  for (const step of trace.steps) {
    for (const s of injectedBy(trace.segments, step.t, shown)) lines.push(row(String(s.sentAt), '', arrow(s, ctx), '', ''));
    lines.push(...stepLines(trace, step, ctx));
  }
  const legend = foreignLegend(trace, ctx);
  if (legend) lines.push('', legend);
  return lines.join('\n');
}

function row(t: string, client: string, middle: string, server: string, note: string): string {
  return `${t.padStart(7)}  ${client.padEnd(STATE_WIDTH)}${middle} ${server.padEnd(STATE_WIDTH)} ${note}`.trimEnd();
}

function wire(content: string): string {
  return `|${content.padEnd(WIRE_WIDTH - 2)}|`;
}

function stepLines(trace: Trace, step: TraceStep, ctx: SeqContext): string[] {
  const changed = step.from !== step.to ? `  ${step.from} → ${step.to}` : '';
  const head = row(
    String(step.t),
    step.after.client.state,
    wire(''),
    step.after.server.state,
    `${step.side}: ${step.event}${changed}  [§${step.rfc}]`,
  );
  const arrows = step.emitted.flatMap((id) => {
    const segment = trace.segments[id - 1];
    return segment ? [row('', '', arrow(segment, ctx), '', '')] : [];
  });
  return [head, ...arrows];
}

function arrow(s: TraceSegment, ctx: SeqContext): string {
  const label = ` ${formatSegmentLabel(s, ctx)}${segmentNotes(s)} `;
  const room = WIRE_WIDTH - 2 - label.length;
  const left = Math.max(1, Math.floor(room / 2));
  const right = Math.max(1, room - left);
  if (s.from === 'client') {
    const tail = s.lost ? `${'-'.repeat(right - 1)}✕` : `${'-'.repeat(right - 1)}>`;
    return `|${'-'.repeat(left)}${label}${tail}|`;
  }
  const head = s.lost ? `✕${'-'.repeat(left - 1)}` : `<${'-'.repeat(left - 1)}`;
  return `|${head}${label}${'-'.repeat(right)}|`;
}
