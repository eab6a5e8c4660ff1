/**
 * What one host's network interface sees of a trace: the vantage point of a packet capture
 * (`tcpdump` on that host) and of a packetdrill script written for that host's kernel.
 *
 * A host sees every segment it sends, at the moment it sends it, including the ones the network
 * loses afterwards (a capture on the sender still shows them), and every segment that reaches
 * it, at the moment it arrives. Segments that never cross its interface are not seen: one lost on
 * the way here, a SYN with a forged source address (it leaves the attacker's host, not the client),
 * and the replies the server sends to forged addresses.
 */
import { type Side, type Trace, type TraceSegment } from '../engine';

export type Direction = 'out' | 'in';

export interface SeenSegment {
  /** Logical time in ms at which the segment crossed this host's interface. */
  readonly t: number;
  readonly direction: Direction;
  readonly segment: TraceSegment;
}

/** Sent from this host's own address (not forged by a third party). */
function sentBy(segment: TraceSegment, side: Side): boolean {
  return segment.from === side && segment.srcAddr === undefined;
}

/** Delivered to this host's own address (not addressed to a forged source). */
function deliveredTo(segment: TraceSegment, side: Side): boolean {
  return segment.to === side && !segment.lost && segment.dstAddr === undefined;
}

/** The segments `side`'s interface sees, in time order (sending order within one instant). */
export function segmentsSeenAt(trace: Trace, side: Side): SeenSegment[] {
  const seen: SeenSegment[] = [];
  for (const segment of trace.segments) {
    if (sentBy(segment, side)) seen.push({ t: segment.sentAt, direction: 'out', segment });
    if (deliveredTo(segment, side)) seen.push({ t: segment.arrivesAt, direction: 'in', segment });
  }
  // Stable: at one instant, segments keep the order the engine sent them in.
  return seen.sort((a, b) => a.t - b.t);
}
