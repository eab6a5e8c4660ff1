/**
 * Pure geometry of the ladder (sequence) diagram: no React, no DOM. Everything is in CSS pixels
 * because the SVG's viewBox is sized to its container, so text stays at true size on a phone and
 * on a projector alike.
 *
 * Vertically, time goes through the shared time scale (src/playback: idle spans squeezed, close
 * events pushed apart), then one factor turns screen time into pixels. Given the height available,
 * that factor is chosen so the whole trace fits, but never below a minimum flight height that keeps
 * labels readable (then the diagram scrolls and follows the playhead) nor above the nominal one.
 *
 * Horizontally: [notes column | timer bracket | state band on the lifeline] … arrows … and the
 * mirror image on the server's side. The notes column holds, packed so they never overlap, each
 * side's state names (on wide screens), what the application sees, and the running timers.
 */
import {
  formatFlags, formatSeqNumbers, SIDES, type AppEvent, type Side, type TcpState, type Trace, type TraceSegment,
} from '../../engine';
import { buildTimeScale, type TimeScale } from '../../playback';
import type { ArrowLabelText } from './arrowLabel';
import { axisRect, type OrientedRect } from './geometry';
import { placeArrowLabels, pointAt, readableAngle, type PlacedCaption, type PlacedLabel } from './placeLabels';
import { estimateTextWidth, wrapText, type MeasureText } from './textMeasure';
import { timerRuns, type TimerRun } from './timerRuns';

export interface LadderViewport {
  /** Width available to the diagram, CSS px. */
  readonly width: number;
  /** Root font size, CSS px (16 by default, larger on a projector). */
  readonly fontPx: number;
  /** Height available to the diagram, CSS px; without it the nominal scale is used. */
  readonly height?: number;
}

/** The words the diagram writes, in the learner's language; the layout measures them. */
export interface LadderText {
  arrow(segment: TraceSegment): ArrowLabelText;
  /** What the application sees; `short` for the narrow notes column of a phone. */
  appEvent(event: AppEvent, short: boolean): string;
  /** "RTO 1 s", "2MSL = 60 s (Linux)". */
  timer(run: TimerRun): string;
  /** The widest status a timer note shows under its name ("10.0 s left"), to reserve room. */
  readonly timerStatusSample: string;
  readonly measure: MeasureText;
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
  /** Screen times of sending and arrival: the arrow's progress is measured between them. */
  readonly s1: number;
  readonly s2: number;
  /** How much of the path is ever drawn: 1, or 0.5 for a lost segment (it ends mid-way in ✕). */
  readonly endFraction: number;
  /** Where along the path the label rests. */
  readonly labelFraction: number;
  readonly label: PlacedLabel;
  readonly caption: PlacedCaption | null;
  /** Travels while a segment goes the other way: the two arrows cross (simultaneous open/close). */
  readonly crossing: boolean;
}

export interface StateBand {
  readonly state: TcpState;
  /** Index of the step that entered it; −1 for the initial state. */
  readonly step: number;
  readonly fromT: number;
  readonly toT: number;
  readonly y1: number;
  readonly y2: number;
  /** Baseline of the state name: spaced so consecutive names never overlap. */
  readonly labelY: number;
}

export type BandLabelPlacement = 'outside' | 'inside';

/** A compressed idle span as drawn. */
export interface TimeBreak {
  readonly fromT: number;
  readonly toT: number;
  /** y where the break starts; it is `height` tall. */
  readonly y: number;
  readonly height: number;
  readonly realMs: number;
}

export interface TimeAxis {
  readonly scale: TimeScale;
  /** y = top + screen time × pxPerS. */
  readonly top: number;
  readonly pxPerS: number;
  /** The scale's points in pixels, increasing in both t and y. */
  readonly points: readonly { readonly t: number; readonly y: number }[];
}

export type SideNoteKind = 'state' | 'app' | 'timer';

/** One entry of a side's notes column. */
export interface SideNote {
  readonly key: string;
  readonly side: Side;
  readonly kind: SideNoteKind;
  /** The moment it belongs to, and the index of the step that made it so (−1: from the start). */
  readonly t: number;
  readonly step: number;
  /** y of the moment it belongs to, and where its box starts once packed below its neighbours. */
  readonly anchorY: number;
  readonly top: number;
  readonly height: number;
  /** Width of its widest line, px. */
  readonly width: number;
  readonly lines: readonly string[];
  /** Font size and line height of its text, px. */
  readonly fontPx: number;
  readonly lineHeight: number;
  readonly state?: TcpState;
  readonly event?: AppEvent;
  /** Index into `timers` for a timer's note. */
  readonly timer?: number;
}

/** A timer as a bracket beside the lifeline, from when it was set to when it ended. */
export interface TimerBracket {
  readonly run: TimerRun;
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
  /** Key of its note in the side's column. */
  readonly note: string;
}

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
  /** Half the width of a state band. */
  readonly bandHalf: number;
  /** The notes column: the x its text is aligned to (right edge on the client, left on the server). */
  readonly noteX: Readonly<Record<Side, number>>;
  readonly noteWidth: number;
  readonly notes: Readonly<Record<Side, readonly SideNote[]>>;
  readonly timers: readonly TimerBracket[];
  /** Where the scenario stopped the run although timers were still running. */
  readonly horizon: { readonly t: number; readonly y: number } | null;
  /** The whole trace fits the height given (nothing to scroll). */
  readonly fits: boolean;
}

/** Proportions in units of the root font size. */
export const EM = {
  /** Gap above the first band (lifeline names sit in a sticky HTML header above the SVG). */
  header: 0.3,
  /** Room above t = 0 for each side's initial state. */
  lead: 1.6,
  tail: 1.3,
  /** Height of one typical flight (one-way latency): at most, and at least when space is short. */
  flight: 7,
  minFlight: 2.2,
  /** A trace too long to fit scrolls, at this roomier flight height. */
  scrollFlight: 3.2,
  /** Room under a horizon for its note. */
  horizon: 2.2,
  /** Below this width (in em) state names go inside the bands. */
  wideMin: 40,
  band: { outside: 0.7, inside: 1.2 },
  /** Band edge → timer bracket → notes column. */
  bracketGap: 0.45,
  columnGap: 0.4,
  /** Notes column width: a share of the diagram within bounds on wide screens; fixed on phones. */
  column: { share: 0.19, min: 6.5, max: 10, narrow: 3.2 },
  edge: 0.25,
  /** Font sizes (em of the root) of arrow labels, state names and notes. */
  arrowFont: 0.8,
  stateFont: 0.75,
  noteFont: { outside: 0.7, inside: 0.62 },
  noteLine: 1.15,
  noteGap: 0.25,
} as const;

/** Segments one side sends at the same instant are offset by this share of a flight. */
const LANE_FLIGHTS = 3 / 7;

/** The default words: the engine's own notation, for tests and any host without i18n. */
export const PLAIN_TEXT: LadderText = {
  arrow: (segment) => ({
    flags: formatFlags(segment),
    notes: [],
    numbers: formatSeqNumbers(segment, { mode: 'absolute' }),
    extras: [],
    caption: segment.lost ? 'lost' : null,
  }),
  appEvent: (event) => event,
  timer: (run) => `${run.timer} ${run.durationMs} ms`,
  timerStatusSample: '10.0 s left',
  measure: estimateTextWidth,
};

export function ladderLayout(trace: Trace, viewport: LadderViewport, text: LadderText = PLAIN_TEXT): LadderLayout {
  const scale = buildTimeScale(trace);
  const em = (n: number) => n * viewport.fontPx;
  const nominal = em(EM.flight) / scale.flightMs;
  if (viewport.height === undefined || scale.end <= 0) return layoutAtScale(trace, viewport, text, scale, nominal);
  // Fit: the factor that fills the height, within bounds; then, since notes below the last event
  // (a final state, "connection closed") add to the height, shrink by what still overflows.
  const least = em(EM.minFlight) / scale.flightMs;
  const fixed = em(EM.header + EM.lead + EM.tail) + (trace.horizon !== null ? em(EM.horizon) : 0);
  let pxPerS = Math.min(nominal, Math.max(least, (viewport.height - fixed) / scale.end));
  let layout = layoutAtScale(trace, viewport, text, scale, pxPerS);
  for (let pass = 0; pass < 3 && layout.height > viewport.height + 0.5 && pxPerS > least; pass++) {
    pxPerS = Math.max(least, pxPerS - (layout.height - viewport.height) / scale.end);
    layout = layoutAtScale(trace, viewport, text, scale, pxPerS);
  }
  // It cannot fit even squeezed: it will scroll anyway, so give it room to read comfortably.
  if (!layout.fits) layout = layoutAtScale(trace, viewport, text, scale, em(EM.scrollFlight) / scale.flightMs);
  return layout;
}

function layoutAtScale(trace: Trace, viewport: LadderViewport, text: LadderText, scale: TimeScale, pxPerS: number): LadderLayout {
  const { width, fontPx } = viewport;
  const em = (n: number) => n * fontPx;
  const bandLabels: BandLabelPlacement = width >= EM.wideMin * fontPx ? 'outside' : 'inside';
  const bandHalf = em(EM.band[bandLabels]) / 2;
  const noteWidth =
    bandLabels === 'outside'
      ? Math.min(em(EM.column.max), Math.max(em(EM.column.min), width * EM.column.share))
      : em(EM.column.narrow);
  const margin = em(EM.edge) + noteWidth + em(EM.columnGap + EM.bracketGap) + bandHalf;
  const x: Record<Side, number> = { client: margin, server: width - margin };
  const bracketX: Record<Side, number> = {
    client: x.client - bandHalf - em(EM.bracketGap),
    server: x.server + bandHalf + em(EM.bracketGap),
  };
  const noteX: Record<Side, number> = {
    client: bracketX.client - em(EM.columnGap),
    server: bracketX.server + em(EM.columnGap),
  };

  const bandTop = em(EM.header);
  const top = bandTop + em(EM.lead);
  const axis: TimeAxis = { scale, top, pxPerS, points: scale.points.map((p) => ({ t: p.t, y: top + p.s * pxPerS })) };
  const y = (t: number) => timeToY(axis, t);
  const flightPx = viewport.height === undefined ? em(EM.flight) : scale.flightMs * pxPerS;

  const breaks: TimeBreak[] = scale.breaks.map((b) => ({
    fromT: b.fromT,
    toT: b.toT,
    y: timeToY(axis, b.fromT),
    // In flights first: a break is a round share of a flight, and stays a round number of pixels.
    height: ((b.toS - b.fromS) / scale.flightMs) * flightPx,
    realMs: b.realMs,
  }));
  const lastY = y(Infinity);
  const horizon = trace.horizon !== null ? { t: trace.horizon, y: y(trace.horizon) } : null;

  // Arrows.
  const lanes = new Map<string, number>();
  const travelsAgainst = oppositeTraffic(trace.segments);
  const paths = trace.segments.map((segment) => {
    const laneKey = `${segment.from}@${segment.sentAt}`;
    const lane = lanes.get(laneKey) ?? 0;
    lanes.set(laneKey, lane + 1);
    const offset = lane * LANE_FLIGHTS * flightPx;
    const crossing = travelsAgainst(segment);
    return {
      x1: x[segment.from],
      y1: y(segment.sentAt) + offset,
      x2: x[segment.to],
      y2: y(segment.arrivesAt) + offset,
      endFraction: segment.lost ? 0.5 : 1,
      crossing,
    };
  });
  const provisionalHeight = Math.max(lastY, ...paths.map((p) => Math.max(p.y1, p.y2))) + em(EM.tail);
  const labelPx = em(EM.arrowFont);
  const obstacles: OrientedRect[] = breaks.map((b) => {
    const mid = b.y + b.height / 2;
    return axisRect(width / 2 - em(3), mid - em(0.55), width / 2 + em(3), mid + em(0.55));
  });
  const { labels, captions } = placeArrowLabels(paths, trace.segments.map(text.arrow), {
    labelPx,
    measure: text.measure,
    lifelines: SIDES.map((side) => ({ x: x[side], half: bandHalf + em(0.2) })),
    height: provisionalHeight,
    obstacles,
  });
  const arrows = trace.segments.map((segment, i): ArrowLayout => {
    const path = paths[i] as (typeof paths)[number];
    const label = labels[i] as PlacedLabel;
    return {
      id: segment.id,
      from: segment.from,
      ...path,
      s1: scale.toScreen(segment.sentAt),
      s2: scale.toScreen(segment.arrivesAt),
      labelFraction: label.fraction,
      label,
      caption: captions[i] ?? null,
    };
  });

  // Bands and the notes columns.
  const timers = timerRuns(trace);
  const brackets: TimerBracket[] = timers.map((run, i) => ({
    run,
    x: bracketX[run.side],
    y1: y(run.start),
    y2: y(run.end),
    note: `timer-${i}`,
  }));
  const notes = {} as Record<Side, SideNote[]>;
  const bands = {} as Record<Side, StateBand[]>;
  for (const side of SIDES) {
    const rawBands = stateBands(trace, side, y, bandTop, 0);
    const packed = packNotes(
      side,
      collectNotes(trace, side, rawBands, brackets, timers, bandLabels, text, { em, noteWidth, y, bandTop }),
      em,
    );
    notes[side] = packed;
    bands[side] = rawBands.map((band) => {
      const note = packed.find((n) => n.kind === 'state' && n.key === bandKey(side, band));
      const labelY = note ? note.top + em(EM.stateFont) * 0.95 : band.y1 + em(EM.stateFont) * 1.3;
      return { ...band, labelY };
    });
  }
  const notesBottom = Math.max(0, ...SIDES.flatMap((side) => notes[side].map((n) => n.top + n.height)));
  const arrowsBottom = Math.max(0, ...arrows.map((a) => Math.max(a.y1, a.y2)));
  const bottom = Math.max(lastY + em(EM.tail) + (horizon ? em(EM.horizon) : 0), notesBottom + em(0.2), arrowsBottom + em(EM.tail));
  for (const side of SIDES) {
    const list = bands[side];
    const last = list.at(-1);
    if (last) list[list.length - 1] = { ...last, y2: horizon ? horizon.y : lastY + em(EM.tail) * 0.5 };
  }
  const height = bottom + em(0.15);
  return {
    width,
    height,
    fontPx,
    x,
    axis,
    breaks,
    arrows,
    bands,
    bandLabels,
    bandHalf,
    noteX,
    noteWidth,
    notes,
    timers: brackets,
    horizon,
    fits: viewport.height === undefined || height <= viewport.height + 0.5,
  };
}

function bandKey(side: Side, band: Pick<StateBand, 'fromT' | 'state'>): string {
  return `state-${side}-${band.fromT}-${band.state}`;
}

/** Intervals [t_i, t_{i+1}) of each state one side passes through; zero-length ones are dropped. */
function stateBands(trace: Trace, side: Side, y: (t: number) => number, top: number, bottom: number): StateBand[] {
  const raw: { state: TcpState; step: number; fromT: number; y1: number }[] = [
    // The initial state starts above t = 0 so it is visible even when the first step leaves it at once.
    { state: trace.initial[side].state, step: -1, fromT: 0, y1: top },
  ];
  for (const step of trace.steps) {
    const state = step.after[side].state;
    const current = raw.at(-1);
    if (current && state !== current.state) raw.push({ state, step: step.index, fromT: step.t, y1: y(step.t) });
  }
  const bands: StateBand[] = [];
  raw.forEach((band, i) => {
    const next = raw[i + 1];
    const y2 = next ? next.y1 : Math.max(bottom, band.y1);
    if (next && y2 <= band.y1) return;
    bands.push({ state: band.state, step: band.step, fromT: band.fromT, toT: next ? next.fromT : trace.endTime, y1: band.y1, y2, labelY: band.y1 });
  });
  return bands;
}

type NoteDraft = Omit<SideNote, 'side' | 'top'>;

/** Order of notes at the same moment: the state change, the timer it starts, what the application saw. */
const KIND_ORDER: Record<SideNoteKind, number> = { state: 0, timer: 1, app: 2 };

function collectNotes(
  trace: Trace,
  side: Side,
  bands: readonly StateBand[],
  brackets: readonly TimerBracket[],
  timers: readonly TimerRun[],
  placement: BandLabelPlacement,
  text: LadderText,
  m: { em: (n: number) => number; noteWidth: number; y: (t: number) => number; bandTop: number },
): NoteDraft[] {
  const notePx = m.em(EM.noteFont[placement]);
  const lineHeight = notePx * EM.noteLine;
  const pad = m.em(0.1);
  const widest = (lines: readonly string[], px: number, bold = false) => Math.max(0, ...lines.map((line) => text.measure(line, px, bold)));
  const drafts: NoteDraft[] = [];
  if (placement === 'outside') {
    const statePx = m.em(EM.stateFont);
    bands.forEach((band, i) => {
      drafts.push({
        key: bandKey(side, band),
        kind: 'state',
        t: i === 0 ? -Infinity : band.fromT,
        step: band.step,
        anchorY: band.y1,
        height: statePx * 1.25,
        width: widest([band.state], statePx, true),
        lines: [band.state],
        fontPx: statePx,
        lineHeight: statePx * 1.25,
        state: band.state,
      });
    });
  }
  for (const step of trace.steps) {
    if (step.side !== side) continue;
    for (const event of step.app) {
      const lines = wrapText(text.appEvent(event, placement === 'inside'), m.noteWidth - 2 * pad, notePx, text.measure);
      drafts.push({
        key: `app-${step.index}-${event}`,
        kind: 'app',
        t: step.t,
        step: step.index,
        anchorY: m.y(step.t),
        height: lines.length * lineHeight + 2 * pad,
        width: widest(lines, notePx) + 2 * pad,
        lines,
        fontPx: notePx,
        lineHeight,
        event,
      });
    }
  }
  brackets.forEach((bracket, i) => {
    const run = timers[i] as TimerRun;
    if (run.side !== side) return;
    const lines = wrapText(text.timer(run), m.noteWidth, notePx, text.measure, true);
    drafts.push({
      key: bracket.note,
      kind: 'timer',
      t: run.start,
      step: run.startStep,
      anchorY: bracket.y1,
      // One more line for the status under the name: the countdown, "fired", "stopped".
      height: (lines.length + 1) * lineHeight,
      width: Math.max(widest(lines, notePx, true), text.measure(text.timerStatusSample, notePx)),
      lines,
      fontPx: notePx,
      lineHeight,
      timer: i,
    });
  });
  return drafts.sort((a, b) => a.anchorY - b.anchorY || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** Each note as close below its moment as the one above it allows. */
function packNotes(side: Side, drafts: readonly NoteDraft[], em: (n: number) => number): SideNote[] {
  let bottom = -Infinity;
  return drafts.map((draft) => {
    const top = Math.max(draft.anchorY + em(0.08), bottom + em(EM.noteGap));
    bottom = top + draft.height;
    return { ...draft, side, top };
  });
}

/** y for a time; before the first point or after the last it clamps (the playhead never leaves the diagram). */
export function timeToY(axis: TimeAxis, t: number): number {
  return axis.top + axis.scale.toScreen(t) * axis.pxPerS;
}

/** A point `fraction` of the way along an arrow (0 = sender, 1 = receiver). */
export function pointAlong(arrow: ArrowLayout, fraction: number): { x: number; y: number } {
  return pointAt(arrow, fraction);
}

/**
 * How far along its path an arrow is drawn at time `now` (RaftScope: (now − sent)/(received − sent)),
 * clamped to what is ever drawn. The ladder passes screen times, so the tip stays on the playhead
 * line even where the scale stretches or squeezes.
 */
export function flightProgress(sentAt: number, arrivesAt: number, now: number, endFraction: number): number {
  const duration = arrivesAt - sentAt;
  const progress = duration > 0 ? (now - sentAt) / duration : now >= sentAt ? 1 : 0;
  return Math.min(Math.max(progress, 0), endFraction);
}

export { readableAngle };

type Flight = Pick<Trace['segments'][number], 'from' | 'sentAt' | 'arrivesAt'>;

/**
 * "Is a segment going the other way while this one travels?" for every segment, without
 * comparing each pair: a long sandbox session has thousands of segments. Per side, flights sorted
 * by send time with the latest arrival so far; one overlaps [sentAt, arrivesAt) of ours exactly
 * when, among those sent before we arrive, the latest arrival is after we were sent.
 */
export function oppositeTraffic(segments: readonly Flight[]): (segment: Flight) => boolean {
  const bySide = new Map<string, { sent: number[]; latestArrival: number[] }>();
  for (const side of new Set(segments.map((s) => s.from))) {
    const flights = segments.filter((s) => s.from === side).sort((a, b) => a.sentAt - b.sentAt);
    let latest = -Infinity;
    bySide.set(side, {
      sent: flights.map((f) => f.sentAt),
      latestArrival: flights.map((f) => (latest = Math.max(latest, f.arrivesAt))),
    });
  }
  return (segment) => {
    for (const [side, { sent, latestArrival }] of bySide) {
      if (side === segment.from) continue;
      // Flights of that side sent strictly before we arrive: the first `n` in send order.
      let lo = 0;
      let hi = sent.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sent[mid] as number) < segment.arrivesAt) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0 && (latestArrival[lo - 1] as number) > segment.sentAt) return true;
    }
    return false;
  };
}
