/**
 * Which segments the network mistreats. A rule matches by what a segment *is* (its sender,
 * its flags, the n-th such segment) so a scenario's fault survives changes of ISN or latency;
 * the sandbox can also name a segment by id.
 */
import type { ControlBit, Side } from './segment';
import type { TcpState } from './states';
import type { Fate } from './trace';

export type FaultRule =
  | {
      readonly from: Side;
      /** Exactly these flags, in any order. */
      readonly flags: readonly ControlBit[];
      /**
       * Only segments sent by a step that leaves the sender in this state: "the ACK the client
       * sends in TIME-WAIT" stays that ACK at any latency, even when a slow path makes the
       * handshake resend segments and so sends more ACKs before it.
       */
      readonly sentIn?: TcpState;
      /** 1-based occurrence among segments matching `from`, `flags` and `sentIn` (default: every one). */
      readonly nth?: number;
      readonly fate: Exclude<Fate, 'deliver'>;
      /** Extra delay for fate 'delay', or the gap before the copy for 'duplicate'. */
      readonly delayMs?: number;
    }
  | {
      readonly segmentId: number;
      readonly fate: Exclude<Fate, 'deliver'>;
      readonly delayMs?: number;
    };

export interface FaultDecision {
  readonly fate: Fate;
  readonly delayMs: number;
}

/** Counts matching segments as they are sent; pure apart from the counter it returns. */
export function decideFate(
  rules: readonly FaultRule[],
  segment: { id: number; from: Side; flags: readonly ControlBit[]; senderState: TcpState },
  counts: ReadonlyMap<string, number>,
): { decision: FaultDecision; counts: Map<string, number> } {
  // Segments of this kind sent so far, this one included: in all, and in the sender's state.
  const kind = `${segment.from}:${[...segment.flags].sort().join(',')}`;
  const key = (sentIn?: TcpState) => (sentIn === undefined ? kind : `${kind}@${sentIn}`);
  const nextCounts = new Map(counts);
  for (const k of [key(), key(segment.senderState)]) nextCounts.set(k, (counts.get(k) ?? 0) + 1);
  const occurrence = (sentIn?: TcpState): number => nextCounts.get(key(sentIn)) ?? 0;
  for (const rule of rules) {
    const matches =
      'segmentId' in rule
        ? rule.segmentId === segment.id
        : rule.from === segment.from &&
          sameFlags(rule.flags, segment.flags) &&
          (rule.sentIn === undefined || rule.sentIn === segment.senderState) &&
          (rule.nth === undefined || rule.nth === occurrence(rule.sentIn));
    if (matches) return { decision: { fate: rule.fate, delayMs: rule.delayMs ?? 0 }, counts: nextCounts };
  }
  return { decision: { fate: 'deliver', delayMs: 0 }, counts: nextCounts };
}

function sameFlags(a: readonly ControlBit[], b: readonly ControlBit[]): boolean {
  return a.length === b.length && a.every((bit) => b.includes(bit));
}
