import { labelFlags, seqDiff, type Segment, type Side } from '../../engine';

/** How sequence numbers are shown: as sent on the wire, or relative to the ISN like Wireshark. */
export type SeqMode = 'relative' | 'absolute';

export interface SeqContext {
  readonly mode: SeqMode;
  /** Each side's initial sequence number (Trace.isn). */
  readonly isn: Readonly<Record<Side, number>>;
}

/**
 * A sequence number as the user wants to see it. `owner` is the side whose sequence space the
 * number lives in: the sender for seq, the peer for ack. Relative mode subtracts that side's ISN
 * modulo 2^32, exactly like Wireshark's "relative sequence numbers" (the SYN is seq=0).
 * Unlike Wireshark, a number just *before* the ISN (an old duplicate SYN, a RST with seq 0) shows
 * as negative: "seq=-10" says "older than this connection" better than a 10-digit number.
 */
export function displaySeq(value: number, owner: Side, ctx: SeqContext): number {
  if (ctx.mode === 'absolute') return value;
  const distance = seqDiff(value, ctx.isn[owner]);
  return distance >= HALF_SEQ_SPACE ? distance - 2 * HALF_SEQ_SPACE : distance;
}

const HALF_SEQ_SPACE = 2 ** 31;

/** "SYN, ACK" — flags in reading order. Flag names are protocol notation, identical in every language. */
export function formatFlags(segment: Pick<Segment, 'flags'>): string {
  return labelFlags(segment.flags).join(', ');
}

/** "seq=5000 ack=1001 len=100": the numbers part, without flags (len only when there is payload). */
export function formatSeqNumbers(segment: Segment, from: Side, ctx: SeqContext): string {
  const peer: Side = from === 'client' ? 'server' : 'client';
  // seq=/ack=/len= are Wireshark's notation, which textbooks in both languages use unchanged.
  const parts = [`seq=${displaySeq(segment.seq, from, ctx)}`];
  if (segment.ack !== null) parts.push(`ack=${displaySeq(segment.ack, peer, ctx)}`);
  if (segment.len > 0) parts.push(`len=${segment.len}`);
  return parts.join(' ');
}

/** The full one-line label: `SYN, ACK seq=5000 ack=1001`, `PSH, ACK seq=1001 ack=5001 len=100`. */
export function formatSegmentLabel(segment: Segment, from: Side, ctx: SeqContext): string {
  return `${formatFlags(segment)} ${formatSeqNumbers(segment, from, ctx)}`;
}
