/**
 * Which connection incarnation each sequence number belongs to, so that relative numbers can be
 * shown the way Wireshark means them: a side's numbers count from the ISN of the SYN that started
 * that incarnation of the connection (RFC 9293 §3.4.1: every new connection picks a new ISN).
 *
 * A number is attributed to an incarnation of its owner (the sender for seq, the receiver for
 * ack) only if it lies between that incarnation's ISN and the highest number the owner had used
 * in it by then: a real endpoint never sends or acknowledges beyond that. Anything else — an old
 * duplicate, the seq of a RST from a port with no connection, a forged or hand-made segment, the
 * ack of a reply to one of those — belongs to no incarnation of ours and has no ISN to count
 * from, so it keeps its absolute value and is marked as such. Relative numbers are therefore
 * never negative and never wrap.
 */
import { hasFlag, otherSide, segmentSeqLength, type Side } from './segment';
import { seqAdd, seqDiff } from './seq';
import type { TraceSegment } from './trace';

interface Incarnation {
  readonly isn: number;
  /** One past the highest sequence number its owner has used so far (its largest SND.NXT). */
  end: number;
}

/** How one number of a segment is to be shown in relative mode. */
export type SeqAttribution =
  /** Counted from the ISN of the incarnation it belongs to. */
  | { readonly kind: 'relative'; readonly isn: number }
  /** Belongs to no incarnation of ours: shown as sent, and marked. */
  | { readonly kind: 'foreign' };

export interface SegmentAttribution {
  readonly seq: SeqAttribution;
  /** Null when the ACK bit is clear. */
  readonly ack: SeqAttribution | null;
  /** This SYN started its sender's incarnation (not a retransmission or a repeat of the ISN). */
  readonly startsIncarnation: boolean;
}

/** What numbering needs of a trace; sandbox runs and imported traces have it too. */
export interface NumberedTrace {
  readonly segments: readonly TraceSegment[];
}

const FOREIGN: SeqAttribution = { kind: 'foreign' };
const cache = new WeakMap<readonly TraceSegment[], ReadonlyMap<number, SegmentAttribution>>();

/**
 * Each segment's attribution, by segment id. Computed once per trace (the ladder asks for every
 * arrow on every render); a trace is immutable, so the cache never goes stale.
 */
export function seqAttributions(trace: NumberedTrace): ReadonlyMap<number, SegmentAttribution> {
  const known = cache.get(trace.segments);
  if (known) return known;
  const computed = attribute(trace.segments);
  cache.set(trace.segments, computed);
  return computed;
}

/** The attribution of one segment of `trace`. */
export function segmentAttribution(trace: NumberedTrace, segment: TraceSegment): SegmentAttribution {
  return seqAttributions(trace).get(segment.id) ?? { seq: FOREIGN, ack: segment.ack === null ? null : FOREIGN, startsIncarnation: false };
}

/**
 * The ISNs `side` announced in SYNs it sent as an endpoint of this run: the only ISNs a TCB's
 * numbers may be counted from (an IRS taken from an old duplicate SYN is not among them).
 */
export function announcedIsns(trace: NumberedTrace, side: Side): ReadonlySet<number> {
  const isns = new Set<number>();
  for (const segment of trace.segments) {
    if (segment.from === side && segment.origin === 'endpoint' && hasFlag(segment, 'SYN')) isns.add(segment.seq);
  }
  return isns;
}

/**
 * The connection a segment belongs to, the same in both directions: client port, server port,
 * and the foreign address when it is not simply "the client host" (a forged source).
 */
function connectionKey(segment: TraceSegment): string {
  const clientPort = segment.from === 'client' ? segment.srcPort : segment.dstPort;
  const serverPort = segment.from === 'client' ? segment.dstPort : segment.srcPort;
  return `${clientPort}>${serverPort}@${segment.srcAddr ?? segment.dstAddr ?? ''}`;
}

function inUse(value: number, incarnation: Incarnation): boolean {
  return seqDiff(value, incarnation.isn) <= seqDiff(incarnation.end, incarnation.isn);
}

/** Newest first: after a new ISN, the numbers a side uses are the new incarnation's. */
function owning(value: number, incarnations: readonly Incarnation[] | undefined): Incarnation | undefined {
  if (!incarnations) return undefined;
  for (let i = incarnations.length - 1; i >= 0; i--) {
    const incarnation = incarnations[i] as Incarnation;
    if (inUse(value, incarnation)) return incarnation;
  }
  return undefined;
}

function relativeTo(incarnation: Incarnation | undefined): SeqAttribution {
  return incarnation ? { kind: 'relative', isn: incarnation.isn } : FOREIGN;
}

function attribute(segments: readonly TraceSegment[]): Map<number, SegmentAttribution> {
  const bySide: Record<Side, Map<string, Incarnation[]>> = { client: new Map(), server: new Map() };
  const result = new Map<number, SegmentAttribution>();
  // In the order they were put on the wire: an ACK can only acknowledge what was sent before it.
  const ordered = [...segments].sort((a, b) => a.sentAt - b.sentAt || a.id - b.id);
  for (const segment of ordered) {
    const original = segment.duplicateOf === null ? undefined : result.get(segment.duplicateOf);
    if (original) {
      // A copy made by the network carries the same numbers as the segment it copies.
      result.set(segment.id, { ...original, startsIncarnation: false });
      continue;
    }
    if (segment.origin !== 'endpoint') {
      // Nobody of this run chose these numbers: an old connection's, a scanner's or a forger's.
      result.set(segment.id, { seq: FOREIGN, ack: segment.ack === null ? null : FOREIGN, startsIncarnation: false });
      continue;
    }
    const key = connectionKey(segment);
    const own = bySide[segment.from].get(key) ?? [];
    bySide[segment.from].set(key, own);
    let startsIncarnation = false;
    if (hasFlag(segment, 'SYN') && own.at(-1)?.isn !== segment.seq) {
      own.push({ isn: segment.seq, end: segment.seq });
      startsIncarnation = true;
    }
    const ownIncarnation = owning(segment.seq, own);
    if (ownIncarnation) {
      const next = seqAdd(segment.seq, segmentSeqLength(segment));
      if (seqDiff(next, ownIncarnation.isn) > seqDiff(ownIncarnation.end, ownIncarnation.isn)) ownIncarnation.end = next;
    }
    const ack = segment.ack === null ? null : relativeTo(owning(segment.ack, bySide[otherSide(segment.from)].get(key)));
    result.set(segment.id, { seq: relativeTo(ownIncarnation), ack, startsIncarnation });
  }
  return result;
}
