/** What the exports add after a segment's label: where it came from and what became of it. */
import { DEFAULT_PORTS, FOREIGN_MARK, hasForeignNumber, segmentNumbers, type SeqContext, type Trace, type TraceSegment } from '../engine';

const ORIGIN_NOTES = {
  'old-duplicate': 'old duplicate',
  'raw-socket': 'raw socket',
  'other-client': 'another client',
  spoofed: 'forged source',
} as const;

export function segmentNotes(s: TraceSegment): string {
  const notes: string[] = [];
  const usualPorts = s.srcPort === DEFAULT_PORTS[s.from] && s.dstPort === DEFAULT_PORTS[s.to];
  if (!usualPorts) notes.push(`port ${s.srcPort}→${s.dstPort}`);
  if (s.origin !== 'endpoint') notes.push(ORIGIN_NOTES[s.origin]);
  if (s.srcAddr !== undefined) notes.push(`from ${s.srcAddr}`);
  if (s.dstAddr !== undefined) notes.push(`to ${s.dstAddr}`);
  if (s.retransmission) notes.push('retransmission');
  if (s.duplicateOf !== null) notes.push(`copy of #${s.duplicateOf}`);
  if (s.fate === 'delay') notes.push('delayed');
  if (s.lost) notes.push('lost');
  return notes.length > 0 ? ` (${notes.join(', ')})` : '';
}

/** Segments no step sent (injected by the scenario) that are on the wire by time `t`. */
export function injectedBy(segments: readonly TraceSegment[], t: number, shown: Set<number>): TraceSegment[] {
  const due = segments.filter((s) => s.sentStep < 0 && s.sentAt <= t && !shown.has(s.id));
  for (const s of due) shown.add(s.id);
  return due;
}

/**
 * What the mark after a number means, for the end of an export that uses it: in relative mode a
 * number that belongs to no incarnation of ours has no ISN to count from and is printed as sent.
 */
export function foreignLegend(trace: Trace, ctx: SeqContext): string | null {
  const used = ctx.mode === 'relative' && trace.segments.some((s) => hasForeignNumber(segmentNumbers(s, ctx)));
  return used
    ? `${FOREIGN_MARK} absolute number: it belongs to no connection incarnation of ours (an old duplicate, a reply from a port with no connection, a forged or hand-made segment), so there is no ISN to count it from`
    : null;
}
