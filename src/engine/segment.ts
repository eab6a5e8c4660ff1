import { seqAdd } from './seq';

/** Control bits in the order RFC 9293 §3.1 lays them out in the header (left to right). */
export const CONTROL_BITS = ['CWR', 'ECE', 'URG', 'ACK', 'PSH', 'RST', 'SYN', 'FIN'] as const;
export type ControlBit = (typeof CONTROL_BITS)[number];

/** The order flags are read aloud in labels: "SYN, ACK", "FIN, ACK", "RST, ACK", "PSH, ACK". */
const LABEL_ORDER: readonly ControlBit[] = ['SYN', 'FIN', 'RST', 'PSH', 'URG', 'ACK', 'ECE', 'CWR'];

export type Side = 'client' | 'server';
export const SIDES: readonly Side[] = ['client', 'server'];
export function otherSide(side: Side): Side {
  return side === 'client' ? 'server' : 'client';
}

/** TCP options carried on SYN segments (RFC 9293 §3.2; window scale RFC 7323; SACK RFC 2018). */
export interface SegmentOptions {
  mss?: number;
  windowScale?: number;
  sackPermitted?: boolean;
}

/**
 * A segment as it travels. Built only through `makeSegment`, so the ACK field is present exactly
 * when the ACK bit is set and flags are always in header order.
 */
export interface Segment {
  readonly srcPort: number;
  readonly dstPort: number;
  readonly flags: readonly ControlBit[];
  readonly seq: number;
  /** Acknowledgment number; null when the ACK bit is clear (the field is then meaningless). */
  readonly ack: number | null;
  /** Payload length in bytes (SYN and FIN are not counted here, see `segmentSeqLength`). */
  readonly len: number;
  readonly window: number;
  readonly options?: SegmentOptions;
  /**
   * IP addresses, only where they are not simply "the client host" and "the server host":
   * a spoofed source (SYN flood) and the replies addressed to it.
   */
  readonly srcAddr?: string;
  readonly dstAddr?: string;
}

export interface SegmentSpec {
  srcPort: number;
  dstPort: number;
  flags: readonly ControlBit[];
  seq: number;
  ack?: number | null;
  len?: number;
  window: number;
  options?: SegmentOptions;
  srcAddr?: string;
  dstAddr?: string;
}

export function makeSegment(spec: SegmentSpec): Segment {
  const set = new Set(spec.flags);
  const hasAck = set.has('ACK');
  if (hasAck && (spec.ack === undefined || spec.ack === null)) {
    throw new Error('A segment with the ACK bit needs an acknowledgment number');
  }
  const flags = CONTROL_BITS.filter((bit) => set.has(bit));
  const segment: Segment = {
    srcPort: spec.srcPort,
    dstPort: spec.dstPort,
    flags,
    seq: seqAdd(spec.seq, 0),
    ack: hasAck ? seqAdd(spec.ack as number, 0) : null,
    len: spec.len ?? 0,
    window: spec.window,
    ...(spec.options ? { options: spec.options } : {}),
    ...(spec.srcAddr !== undefined ? { srcAddr: spec.srcAddr } : {}),
    ...(spec.dstAddr !== undefined ? { dstAddr: spec.dstAddr } : {}),
  };
  return segment;
}

/** Ports of a reply: the arriving segment's, swapped. */
export function replyPorts(segment: Pick<Segment, 'srcPort' | 'dstPort'>): { srcPort: number; dstPort: number } {
  return { srcPort: segment.dstPort, dstPort: segment.srcPort };
}

export function hasFlag(segment: Pick<Segment, 'flags'>, bit: ControlBit): boolean {
  return segment.flags.includes(bit);
}

/** SEG.LEN of RFC 9293 §3.4: payload bytes plus one for SYN and one for FIN. */
export function segmentSeqLength(segment: Segment): number {
  return segment.len + (hasFlag(segment, 'SYN') ? 1 : 0) + (hasFlag(segment, 'FIN') ? 1 : 0);
}

/** Flags in reading order, e.g. ["SYN", "ACK"], for labels and the trace. */
export function labelFlags(flags: readonly ControlBit[]): ControlBit[] {
  return LABEL_ORDER.filter((bit) => flags.includes(bit));
}
