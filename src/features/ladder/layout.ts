/**
 * Pure geometry of the ladder (sequence) diagram: no React, no DOM. Everything is in CSS pixels
 * because the SVG's viewBox is sized to its container, so text stays at true size on a phone and
 * on a projector alike; vertical spacing scales with the root font size (large type ⇒ roomier).
 */
import type { Side, TcpState, Trace } from '../../engine';
import { buildTimeAxis, timeToY, type TimeAxis, type TimeBreak } from './timeAxis';

export interface LadderViewport {
  /** Width available to the diagram, CSS px. */
  readonly width: number;
  /** Root font size, CSS px (16 by default, ~24 with large type). */
  readonly fontPx: number;
}

export interface ArrowLayout {
  readonly id: number;
  readonly from: Side;
  /** Start on the sender's lifeline. */
  readonly x1: number;
  readonly y1: number;
  /** Where it reaches (or, if lost, would have reached) the receiver's lifeline. */
  readonly x2: number;
  readonly y2: number;
  /** How much of the path is ever drawn: 1, or 0.5 for a lost segment (it ends mid-way in ✕). */
  readonly endFraction: number;
  /** Where along the path the label sits; nearer the sender when the arrow crosses another. */
  readonly labelFraction: number;
  /** Travels while a segment goes the other way: the two arrows cross (simultaneous open/close). */
  readonly crossing: boolean;
}

export interface StateBand {
  readonly state: TcpState;
  readonly fromT: number;
  readonly toT: number;
  readonly y1: number;
  readonly y2: number;
  /** Baseline of the state name: spaced so consecutive names never overlap. */
  readonly labelY: number;
}

export type BandLabelPlacement = 'outside' | 'inside';

export interface LadderLayout {
  readonly width: number;
  readonly height: number;
  readonly fontPx: number;
  readonly x: Readonly<Record<Side, number>>;
  readonly axis: TimeAxis;
  readonly breaks: readonly TimeBreak[];
  /** arrows[id - 1] belongs to segment `id`. */
  readonly arrows: readonly ArrowLayout[];
  readonly bands: Readonly<Record<Side, readonly StateBand[]>>;
  /** Wide screens write state names beside the lifelines; narrow ones write them vertically in the band. */
  readonly bandLabels: BandLabelPlacement;
}

/** Proportions in units of the root font size, chosen by eye at 16 px and 24 px. */
const EM = {
  /** Gap above the first band (lifeline names sit in a sticky HTML header above the SVG). */
  header: 0.5,
  /** Room above t = 0 where each side's initial state is shown. */
  lead: 3,
  /** Height of one typical flight (one-way latency). */
  flight: 7,
  break: 3.5,
  tail: 3,
  /** Offset between segments one side sends at the same instant, so they do not overlap. */
  lane: 3,
  outsideMargin: 8,
  insideMargin: 2.5,
  /** Below this width (in em) state names go inside the bands. */
  wideMin: 40,
  bandLabelLine: 1.1,
} as const;

/** An idle span longer than this many typical flights is compressed into a break. */
const IDLE_FLIGHTS = 3;
/** Label position for an arrow that crosses another: each label stays on its sender's half. */
const CROSSING_LABEL_FRACTION = 0.28;

function median(values: readonly number[], fallback: number): number {
  if (values.length === 0) return fallback;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? fallback;
}

export function ladderLayout(trace: Trace, viewport: LadderViewport): LadderLayout {
  const { width, fontPx } = viewport;
  const bandLabels: BandLabelPlacement = width >= EM.wideMin * fontPx ? 'outside' : 'inside';
  const margin = (bandLabels === 'outside' ? EM.outsideMargin : EM.insideMargin) * fontPx;
  const x: Record<Side, number> = { client: margin, server: width - margin };

  // Scale time so a typical one-way trip is EM.flight tall, whatever latency the user picked.
  const flightMs = median(
    trace.segments.map((s) => s.arrivesAt - s.sentAt).filter((d) => d > 0),
    100,
  );
  const bandTop = EM.header * fontPx;
  const axis = buildTimeAxis(
    [...trace.steps.map((s) => s.t), ...trace.segments.flatMap((s) => [s.sentAt, s.arrivesAt])],
    trace.segments,
    {
      top: bandTop + EM.lead * fontPx,
      pxPerMs: (EM.flight * fontPx) / flightMs,
      idleThresholdMs: IDLE_FLIGHTS * flightMs,
      breakPx: EM.break * fontPx,
    },
  );
  const y = (t: number) => timeToY(axis, t);

  const lanes = new Map<string, number>();
  const arrows = trace.segments.map((segment): ArrowLayout => {
    const laneKey = `${segment.from}@${segment.sentAt}`;
    const lane = lanes.get(laneKey) ?? 0;
    lanes.set(laneKey, lane + 1);
    const offset = lane * EM.lane * fontPx;
    const crossing = trace.segments.some(
      (other) => other.from !== segment.from && other.sentAt < segment.arrivesAt && segment.sentAt < other.arrivesAt,
    );
    const endFraction = segment.lost ? 0.5 : 1;
    return {
      id: segment.id,
      from: segment.from,
      x1: x[segment.from],
      y1: y(segment.sentAt) + offset,
      x2: x[segment.to],
      y2: y(segment.arrivesAt) + offset,
      endFraction,
      labelFraction: crossing ? Math.min(CROSSING_LABEL_FRACTION, endFraction / 2) : endFraction / 2,
      crossing,
    };
  });

  const lastY = Math.max(y(trace.endTime), ...arrows.map((a) => a.y1 + (a.y2 - a.y1) * a.endFraction));
  const bottom = lastY + EM.tail * fontPx;
  const bands = {
    client: stateBands(trace, 'client', y, bandTop, bottom, fontPx),
    server: stateBands(trace, 'server', y, bandTop, bottom, fontPx),
  };

  return { width, height: bottom + fontPx, fontPx, x, axis, breaks: axis.breaks, arrows, bands, bandLabels };
}

/** Intervals [t_i, t_{i+1}) of each state one side passes through; zero-length ones are dropped. */
function stateBands(
  trace: Trace,
  side: Side,
  y: (t: number) => number,
  top: number,
  bottom: number,
  fontPx: number,
): StateBand[] {
  const raw: { state: TcpState; fromT: number; y1: number }[] = [
    // The initial state starts above t = 0 so it is visible even when the first step leaves it at once.
    { state: trace.initial[side].state, fromT: 0, y1: top },
  ];
  for (const step of trace.steps) {
    const state = step.after[side].state;
    const current = raw.at(-1);
    if (current && state !== current.state) raw.push({ state, fromT: step.t, y1: y(step.t) });
  }
  const bands: StateBand[] = [];
  let lastLabelY = -Infinity;
  raw.forEach((band, i) => {
    const next = raw[i + 1];
    const y2 = next ? next.y1 : bottom;
    if (y2 <= band.y1) return;
    const labelY = Math.max(band.y1 + EM.bandLabelLine * fontPx, lastLabelY + EM.bandLabelLine * fontPx);
    lastLabelY = labelY;
    bands.push({ state: band.state, fromT: band.fromT, toT: next ? next.fromT : trace.endTime, y1: band.y1, y2, labelY });
  });
  return bands;
}

/** A point `fraction` of the way along an arrow (0 = sender, 1 = receiver). */
export function pointAlong(arrow: ArrowLayout, fraction: number): { x: number; y: number } {
  return { x: arrow.x1 + (arrow.x2 - arrow.x1) * fraction, y: arrow.y1 + (arrow.y2 - arrow.y1) * fraction };
}

/** Rotation (degrees) for text along an arrow, flipped when needed so it never reads upside down. */
export function readableAngle(arrow: ArrowLayout): number {
  const deg = (Math.atan2(arrow.y2 - arrow.y1, arrow.x2 - arrow.x1) * 180) / Math.PI;
  if (deg > 90) return deg - 180;
  if (deg < -90) return deg + 180;
  return deg;
}

/** How far along its path an arrow is drawn at logical time `now` (RaftScope: (now − sent)/(received − sent)). */
export function flightProgress(sentAt: number, arrivesAt: number, now: number, endFraction: number): number {
  const duration = arrivesAt - sentAt;
  const progress = duration > 0 ? (now - sentAt) / duration : now >= sentAt ? 1 : 0;
  return Math.min(Math.max(progress, 0), endFraction);
}

export { timeToY };
export type { TimeBreak, TimeAxis };
