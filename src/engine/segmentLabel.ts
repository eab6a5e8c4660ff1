/**
 * One-line segment labels in Wireshark's notation (`SYN, ACK seq=0 ack=1 (ISN 5000)`): the one
 * implementation behind the ladder, the header inspector, the explanation, the TCB table, the
 * CLI and every export. The notation is the same in every language.
 */
import { labelFlags, type Segment, type Side } from './segment';
import { seqDiff } from './seq';
import { announcedIsns, segmentAttribution, type NumberedTrace, type SeqAttribution } from './seqNumbering';
import type { TraceSegment } from './trace';

/** As sent on the wire, or relative to each incarnation's ISN (Wireshark's "relative sequence numbers"). */
export type SeqMode = 'relative' | 'absolute';

/** Absolute numbers need nothing more; relative ones need the trace, to find each number's incarnation. */
export type SeqContext = { readonly mode: 'absolute' } | { readonly mode: 'relative'; readonly trace: NumberedTrace };

export const ABSOLUTE_SEQ: SeqContext = { mode: 'absolute' };

export function seqContext(mode: SeqMode, trace: NumberedTrace): SeqContext {
  return mode === 'absolute' ? ABSOLUTE_SEQ : { mode, trace };
}

/**
 * Written after a number that relative mode shows as sent because it belongs to no incarnation
 * of ours (see seqNumbering.ts). Plain ASCII so the CLI, Mermaid and every font show it; the UI
 * explains it in words (tooltip, accessible name, inspector).
 */
export const FOREIGN_MARK = '*';

/** One number as a label shows it. */
export interface ShownSeq {
  readonly value: number;
  /** Relative mode could not count it from any ISN of ours: the value is absolute, and marked. */
  readonly foreign: boolean;
}

/** Everything numeric a label says about a segment, in the chosen mode. */
export interface SegmentNumbers {
  readonly seq: ShownSeq;
  readonly ack: ShownSeq | null;
  readonly len: number;
  /**
   * Relative mode, on the SYN that starts a side's incarnation: the ISN it announces, so the
   * reader sees that each side chose its own (both SYNs read seq=0). Null otherwise.
   */
  readonly isn: number | null;
}

export function shownSeq(value: number, attribution: SeqAttribution): ShownSeq {
  return attribution.kind === 'relative' ? { value: seqDiff(value, attribution.isn), foreign: false } : { value, foreign: true };
}

export function segmentNumbers(segment: TraceSegment, ctx: SeqContext): SegmentNumbers {
  if (ctx.mode === 'absolute') {
    return {
      seq: { value: segment.seq, foreign: false },
      ack: segment.ack === null ? null : { value: segment.ack, foreign: false },
      len: segment.len,
      isn: null,
    };
  }
  const attribution = segmentAttribution(ctx.trace, segment);
  return {
    seq: shownSeq(segment.seq, attribution.seq),
    ack: segment.ack === null || attribution.ack === null ? null : shownSeq(segment.ack, attribution.ack),
    len: segment.len,
    isn: attribution.startsIncarnation ? segment.seq : null,
  };
}

const HALF_SEQ_SPACE = 2 ** 31;

/**
 * A TCB variable (SND.NXT, RCV.NXT, …) in the chosen mode, counted from `isn`, the TCB's own ISS
 * or its IRS. For an IRS, `announcedBy` is the peer: if the peer never announced that ISN (the
 * TCB took it from an old duplicate or a forged SYN), there is no incarnation of ours to count
 * from, and the value is shown as sent, marked. The TCB's own ISS is always its own incarnation's.
 */
export function tcbSeq(value: number, isn: number, ctx: SeqContext, announcedBy: Side | null): ShownSeq {
  if (ctx.mode === 'absolute') return { value, foreign: false };
  const ours = announcedBy === null || announcedIsns(ctx.trace, announcedBy).has(isn);
  const distance = seqDiff(value, isn);
  return ours && distance < HALF_SEQ_SPACE ? { value: distance, foreign: false } : { value, foreign: true };
}

export function formatShownSeq(shown: ShownSeq): string {
  return shown.foreign ? `${shown.value}${FOREIGN_MARK}` : String(shown.value);
}

/** Whether any number of the label is marked as absolute (the reader needs the mark explained). */
export function hasForeignNumber(numbers: SegmentNumbers): boolean {
  return numbers.seq.foreign || numbers.ack?.foreign === true;
}

export function formatFlags(segment: Pick<Segment, 'flags'>): string {
  return labelFlags(segment.flags).join(', ');
}

/** "(ISN 5000)", written after the numbers of a SYN that starts an incarnation. */
export function formatIsnNote(isn: number): string {
  return `(ISN ${isn})`;
}

/**
 * "seq=0 ack=1 len=100 (ISN 5000)": len only with payload, the ISN only where an incarnation
 * starts. `withIsn: false` leaves the ISN out, for a label that places it separately.
 */
export function formatNumbers(numbers: SegmentNumbers, { withIsn = true } = {}): string {
  const parts = [`seq=${formatShownSeq(numbers.seq)}`];
  if (numbers.ack !== null) parts.push(`ack=${formatShownSeq(numbers.ack)}`);
  if (numbers.len > 0) parts.push(`len=${numbers.len}`);
  if (withIsn && numbers.isn !== null) parts.push(formatIsnNote(numbers.isn));
  return parts.join(' ');
}

export function formatSeqNumbers(segment: TraceSegment, ctx: SeqContext): string {
  return formatNumbers(segmentNumbers(segment, ctx));
}

export function formatSegmentLabel(segment: TraceSegment, ctx: SeqContext): string {
  return `${formatFlags(segment)} ${formatSeqNumbers(segment, ctx)}`;
}
