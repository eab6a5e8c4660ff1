/**
 * Which segments the network mistreats. A rule matches by what a segment *is* (its sender,
 * its flags, the n-th such segment) so a scenario's fault survives changes of ISN or latency;
 * the sandbox can also name a segment by id.
 */
import type { ControlBit, Side } from './segment';
import type { Fate } from './trace';

export type FaultRule =
  | {
      readonly from: Side;
      /** Exactly these flags, in any order. */
      readonly flags: readonly ControlBit[];
      /** 1-based occurrence among segments matching `from` and `flags` (default: every one). */
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
  segment: { id: number; from: Side; flags: readonly ControlBit[] },
  counts: ReadonlyMap<string, number>,
): { decision: FaultDecision; counts: Map<string, number> } {
  const key = `${segment.from}:${[...segment.flags].sort().join(',')}`;
  const nextCounts = new Map(counts);
  const occurrence = (counts.get(key) ?? 0) + 1;
  nextCounts.set(key, occurrence);
  for (const rule of rules) {
    const matches =
      'segmentId' in rule
        ? rule.segmentId === segment.id
        : rule.from === segment.from &&
          sameFlags(rule.flags, segment.flags) &&
          (rule.nth === undefined || rule.nth === occurrence);
    if (matches) return { decision: { fate: rule.fate, delayMs: rule.delayMs ?? 0 }, counts: nextCounts };
  }
  return { decision: { fate: 'deliver', delayMs: 0 }, counts: nextCounts };
}

function sameFlags(a: readonly ControlBit[], b: readonly ControlBit[]): boolean {
  return a.length === b.length && a.every((bit) => b.includes(bit));
}
