/**
 * The TCP header of one segment as RFC 9293 §3.1 draws it: 32-bit rows, each field with its bit
 * width. Pure, so the layout and the derived values (data offset, ports) are tested without React.
 */
import { CONTROL_BITS, type ControlBit, type Trace, type TraceSegment } from '../../engine';

export type FieldName =
  'srcPort' | 'dstPort' | 'seq' | 'ack' | 'dataOffset' | 'reserved' | 'flags' | 'window' | 'checksum' | 'urgentPointer' | 'options';

export type HeaderCell =
  { readonly kind: 'field'; readonly name: FieldName; readonly bits: number } | { readonly kind: 'flag'; readonly bit: ControlBit };

/** Rows of 32 bits; flags are single-bit cells in header order (CWR … FIN). */
export const HEADER_ROWS: readonly (readonly HeaderCell[])[] = [
  [field('srcPort', 16), field('dstPort', 16)],
  [field('seq', 32)],
  [field('ack', 32)],
  [field('dataOffset', 4), field('reserved', 4), ...CONTROL_BITS.map((bit) => ({ kind: 'flag', bit }) as const), field('window', 16)],
  [field('checksum', 16), field('urgentPointer', 16)],
];

function field(name: FieldName, bits: number): HeaderCell {
  return { kind: 'field', name, bits };
}

/**
 * Bytes the options take on the wire, padded to whole 32-bit words: MSS (kind 2) is 4 bytes,
 * SACK-permitted (kind 4) 2, window scale (kind 3) 3 (RFC 9293 §3.2, RFC 2018, RFC 7323).
 */
export function optionBytes(segment: Pick<TraceSegment, 'options'>): number {
  const options = segment.options;
  if (!options) return 0;
  const raw = (options.mss !== undefined ? 4 : 0) + (options.sackPermitted ? 2 : 0) + (options.windowScale !== undefined ? 3 : 0);
  return Math.ceil(raw / 4) * 4;
}

/** Header length in 32-bit words: 5 fixed words plus the options. */
export function dataOffset(segment: Pick<TraceSegment, 'options'>): number {
  return 5 + optionBytes(segment) / 4;
}

/** The segment the learner picked, if it is on screen; otherwise the latest one sent so far. */
export function inspectedSegment(trace: Trace, cursor: number, selected: number | null): TraceSegment | null {
  const isVisible = (segment: TraceSegment) => cursor > segment.sentStep;
  const picked = selected === null ? undefined : trace.segments[selected - 1];
  if (picked && isVisible(picked)) return picked;
  let latest: TraceSegment | null = null;
  for (const segment of trace.segments) {
    if (isVisible(segment) && (!latest || segment.sentAt >= latest.sentAt)) latest = segment;
  }
  return latest;
}
