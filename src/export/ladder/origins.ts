/**
 * Senders that are neither endpoint of the run, and the mark of a counterfactual run: laid out in
 * a zone above t = 0, between the lifelines. Pure.
 *
 * An old duplicate (RFC 9293 §3.5, Figure 8) was sent by an earlier incarnation of the connection
 * and is already in the network when the story starts: it is drawn from a point above t = 0,
 * marked "from an old connection", never from the client's lifeline (the client is CLOSED then and
 * sent nothing). A SYN flood's forged SYNs come from an attacker's lane of their own, and another
 * client of the server (accept-queue-full) has a lane of its own too: it is not the client drawn.
 */
import type { SegmentOrigin, Trace, TraceSegment } from '../../engine';
import { wrapText, type MeasureText } from './textMeasure';

export type ForeignKind = 'past' | 'attacker' | 'other-client';

/** Senders that keep sending over time stand on a lane; an old connection's segment comes from a point. */
export function hasLane(kind: ForeignKind): boolean {
  return kind !== 'past';
}

export interface ForeignSource {
  readonly kind: ForeignKind;
  readonly x: number;
  /** The lane, top to bottom; for 'past' the origin point (y1 = y2). */
  readonly y1: number;
  readonly y2: number;
  /** Its name, left-aligned at labelX; labelY is the first baseline. */
  readonly lines: readonly string[];
  readonly labelX: number;
  readonly labelY: number;
  readonly fontPx: number;
  readonly lineHeight: number;
}

/** A framed note on the diagram itself (a counterfactual's "Not TCP"). */
export interface DiagramMark {
  readonly lines: readonly string[];
  /** Centre of the frame's top edge. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fontPx: number;
  readonly lineHeight: number;
}

const KIND_OF: Partial<Record<SegmentOrigin, ForeignKind>> = {
  'old-duplicate': 'past',
  spoofed: 'attacker',
  'other-client': 'other-client',
};

/** Where a segment comes from when no endpoint of this run sent it; null for the endpoints' own (and a scanner's raw-socket probe, which its host does send). */
export function foreignKind(segment: Pick<TraceSegment, 'origin' | 'from'>): ForeignKind | null {
  return segment.from === 'client' ? (KIND_OF[segment.origin] ?? null) : null;
}

/** A run of the two-segment counterfactual (rules `two-way-*`, §3.5): not TCP. */
export function isCounterfactual(trace: Pick<Trace, 'steps'>): boolean {
  return trace.steps.some((step) => step.rule.startsWith('two-way-'));
}

export interface OriginZoneInput {
  readonly trace: Trace;
  readonly words: { source(kind: ForeignKind): string; readonly counterfactual: string };
  readonly measure: MeasureText;
  readonly em: (n: number) => number;
  /** The lifelines' x, and how far from them text keeps. */
  readonly left: number;
  readonly right: number;
  readonly clearance: number;
  readonly top: number;
}

export interface OriginZone {
  readonly mark: DiagramMark | null;
  /** Sources with their lanes not yet extended down (y2 = y1): the caller knows the rows. */
  readonly sources: readonly ForeignSource[];
  readonly height: number;
}

/** Share of the span between the lifelines at which foreign senders stand, from the client. */
const SOURCE_SHARE = 0.2;

export function originZone({ trace, words, measure, em, left, right, clearance, top }: OriginZoneInput): OriginZone {
  let y = top;
  let mark: DiagramMark | null = null;
  if (isCounterfactual(trace)) {
    const fontPx = em(0.8);
    const lineHeight = fontPx * 1.25;
    const pad = em(0.3);
    const room = right - left - 2 * clearance - 2 * pad;
    const lines = wrapText(words.counterfactual, room, fontPx, measure, true);
    const width = Math.max(...lines.map((line) => measure(line, fontPx, true))) + 2 * pad;
    const height = lines.length * lineHeight + 2 * pad * 0.6;
    mark = { lines, x: (left + right) / 2, y: y + em(0.2), width, height, fontPx, lineHeight };
    y = mark.y + height + em(0.3);
  }
  const kinds = [...new Set(trace.segments.map(foreignKind).filter((kind): kind is ForeignKind => kind !== null))];
  const sources = kinds.map((kind): ForeignSource => {
    const fontPx = em(0.7);
    const lineHeight = fontPx * 1.2;
    const x = left + (right - left) * SOURCE_SHARE;
    const labelX = x - em(0.35);
    const lines = wrapText(words.source(kind), right - clearance - labelX, fontPx, measure, true);
    const labelY = y + fontPx * 0.95;
    y += lines.length * lineHeight + em(0.35);
    return { kind, x, y1: y, y2: y, lines, labelX, labelY, fontPx, lineHeight };
  });
  return { mark, sources, height: y - top };
}
