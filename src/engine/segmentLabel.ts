/**
 * One-line segment labels in Wireshark's notation (`SYN, ACK seq=5000 ack=1001`), shared by the
 * ladder, the exports and the CLI. The notation is the same in every language.
 */
import { labelFlags, otherSide, type Segment, type Side } from './segment';
import { seqDiff } from './seq';

/** As sent on the wire, or relative to each side's ISN (Wireshark's "relative sequence numbers"). */
export type SeqMode = 'relative' | 'absolute';

export interface SeqContext {
  readonly mode: SeqMode;
  /** Each side's initial sequence number (Trace.isn). */
  readonly isn: Readonly<Record<Side, number>>;
}

/**
 * `owner` is the side whose sequence space the number lives in: the sender for seq, the peer
 * for ack. Relative mode subtracts that side's ISN modulo 2^32, so the SYN is seq=0.
 */
export function displaySeq(value: number, owner: Side, ctx: SeqContext): number {
  return ctx.mode === 'absolute' ? value : seqDiff(value, ctx.isn[owner]);
}

export function formatFlags(segment: Pick<Segment, 'flags'>): string {
  return labelFlags(segment.flags).join(', ');
}

/** "seq=5000 ack=1001 len=100": len only when there is payload. */
export function formatSeqNumbers(segment: Segment, from: Side, ctx: SeqContext): string {
  const parts = [`seq=${displaySeq(segment.seq, from, ctx)}`];
  if (segment.ack !== null) parts.push(`ack=${displaySeq(segment.ack, otherSide(from), ctx)}`);
  if (segment.len > 0) parts.push(`len=${segment.len}`);
  return parts.join(' ');
}

export function formatSegmentLabel(segment: Segment, from: Side, ctx: SeqContext): string {
  return `${formatFlags(segment)} ${formatSeqNumbers(segment, from, ctx)}`;
}
