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
import { formatFlags, formatSeqNumbers, SIDES, type AppEvent, type Side, type TcpState, type Trace, type TraceSegment } from '../../engine';
import { buildTimeScale, type TimeScale } from './timeScale';
import type { ArrowLabelText } from './arrowLabel';
import { axisRect, type OrientedRect } from './geometry';
import { placeArrowLabels, pointAt, readableAngle, restingExtent, type PlacedCaption, type PlacedLabel } from './placeLabels';
import { estimateTextWidth, wrapText, type MeasureText } from './textMeasure';
import { timerRuns, type TimerRun } from './timerRuns';
import { afterY, buildAxis, stepY, timeToY, type TimeAxis } from './ladderAxis';
import { foreignKind, hasLane, originZone, type DiagramMark, type ForeignKind, type ForeignSource, type OriginZone } from './origins';

export type { DiagramMark, ForeignSource, ForeignKind, TimeAxis };
export { hasLane };
export { playheadY, stepY, timeToY } from './ladderAxis';

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
  /**
   * The widest status a timer note shows under its name ("10.0 s left"), to reserve room; `short`
   * for the narrow notes column of a phone, which writes the countdown alone ("10.0 s").
   */
  timerStatusSample(short: boolean): string;
  /** The note under a horizon: the run goes on beyond `timeMs`. */
  horizon(timeMs: number): string;
  /** Names of the senders that are neither endpoint. */
  source(kind: ForeignKind): string;
  /** The mark a counterfactual run carries ("Not TCP …"). */
  readonly counterfactual: string;
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
  /**
   * Where the playhead line is (y) when the tip is at the start and at the end: the arrow's
   * progress is measured between them, so the tip always rides on the playhead line. They differ
   * from y1/y2 only for a segment drawn in a lane below its step's row.
   */
  readonly at1: number;
  readonly at2: number;
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

/** Where the scenario stopped the run although timers were still running, and its note. */
export interface Horizon {
  readonly t: number;
  readonly y: number;
  /** "continues… (shown up to 20 s)", wrapped to the room between the lifelines. */
  readonly lines: readonly string[];
  readonly fontPx: number;
  readonly lineHeight: number;
}

export interface LadderLayout {
  readonly width: number;
  readonly height: number;
  readonly fontPx: number;
  /** Font size of the arrows' labels, px: EM.arrowFont of the root, or less to keep their numbers (labelSizes). */
  readonly labelPx: number;
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
  readonly horizon: Horizon | null;
  /** Senders that are neither endpoint: an old connection's segment, an attacker's forged SYNs. */
  readonly sources: readonly ForeignSource[];
  /** A counterfactual run (not TCP) carries a mark on the diagram itself. */
  readonly mark: DiagramMark | null;
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
  /**
   * Below this width (in em) state names go inside the bands, rotated. 30 em keeps them upright
   * beside the lifelines on a 1024×768 classroom projector (a 609 px diagram at 20 px, ladder.css).
   */
  wideMin: 30,
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
  /** Least distance between two rows of one instant (two steps one side takes at once). */
  minRow: 1.6,
} as const;

/** Segments one step sends together are offset by this share of a flight; rows of one instant are at least this far apart. */
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
  timerStatusSample: (short) => (short ? '10.0 s' : '10.0 s left'),
  horizon: (timeMs) => `continues… (shown up to ${timeMs} ms)`,
  source: (kind) => PLAIN_SOURCES[kind],
  counterfactual: 'Not TCP: a two-way handshake (what if?)',
  measure: estimateTextWidth,
};

const PLAIN_SOURCES: Readonly<Record<ForeignKind, string>> = {
  past: 'from an old connection',
  attacker: 'attacker (forged sources)',
  'other-client': 'another client',
};

export function ladderLayout(trace: Trace, viewport: LadderViewport, text: LadderText = PLAIN_TEXT): LadderLayout {
  return finishSlices(ladderLayoutInSlices(trace, viewport, text));
}

/**
 * `ladderLayout` in slices: it pauses (yields) between the stages of each trial layout
 * (layoutAtScaleInSlices), so the page can spread its first diagram's layout over several tasks
 * (issue 8: total blocking time counts each task's time over 50 ms; the first layout, run cold,
 * and its fitting were one of the page's longest).
 */
export function* ladderLayoutInSlices(trace: Trace, viewport: LadderViewport, text: LadderText): Generator<void, LadderLayout, void> {
  const scale = buildTimeScale(trace);
  let chosen: LadderLayout | null = null;
  for (const labelPx of labelSizes(viewport.fontPx)) {
    const layout = yield* fittedInSlices(trace, viewport, text, scale, labelPx);
    if (chosen === null || numbersLost(layout) < numbersLost(chosen)) chosen = layout;
    if (numbersLost(chosen) === 0) break;
  }
  return chosen as LadderLayout;
}

/**
 * The sizes the arrows' labels may take, largest first: EM.arrowFont of the root, then smaller
 * steps, never below LABEL_SHRINK.minPx. A projector's presenter mode sets a root so large (a
 * 29 px root on a 1024×768 screen) that, with the whole story fitted to the screen's height,
 * labels lost their seq and ack where arrows run close: the SYN,ACK answering an old duplicate,
 * whose ack is what the lesson is about. A label a little smaller but whole is the better trade;
 * a label already at an ordinary reading size (a laptop's, a phone's) never shrinks.
 */
export function labelSizes(fontPx: number): number[] {
  const full = fontPx * EM.arrowFont;
  const sizes = [full];
  for (const step of LABEL_SHRINK.steps) {
    const px = Math.max(LABEL_SHRINK.minPx, full * step);
    if (px < (sizes.at(-1) as number)) sizes.push(px);
  }
  return sizes;
}

const LABEL_SHRINK = { steps: [0.9, 0.8], minPx: 18 } as const;

/** How many arrows show their flags alone, or no label: their seq and ack are lost. */
export function numbersLost(layout: Pick<LadderLayout, 'arrows'>): number {
  return layout.arrows.filter((arrow) => arrow.label.variant === 'flags' || arrow.label.variant === 'none').length;
}

/** The layout at the largest time scale that fits the viewport's height, its labels `labelPx` tall. */
function* fittedInSlices(
  trace: Trace,
  viewport: LadderViewport,
  text: LadderText,
  scale: TimeScale,
  labelPx: number,
): Generator<void, LadderLayout, void> {
  const em = (n: number) => n * viewport.fontPx;
  const at = (pxPerS: number) => layoutAtScaleInSlices(trace, viewport, text, scale, pxPerS, labelPx);
  const nominalPxPerS = em(EM.flight) / scale.flightMs;
  let lo = em(EM.minFlight) / scale.flightMs;
  const scroll = () => at(em(EM.scrollFlight) / scale.flightMs);
  // A long session cannot fit even squeezed, and the time scale alone shows it: lay it out once
  // at the scrolling scale instead of three times to find that out (issue 10 item 10).
  if (viewport.height !== undefined && scale.end > 0 && surelyTooTall(scale, lo, viewport.height, em)) return yield* scroll();
  const nominal = yield* at(nominalPxPerS);
  if (viewport.height === undefined || scale.end <= 0 || nominal.fits) return nominal;
  // Fit: the largest scale at which the whole trace fits the height, never below the minimum
  // flight. Notes below the moments add height that does not shrink with the scale, so the
  // factor is searched for (the height only grows with the scale) rather than computed.
  let best = yield* at(lo);
  // It cannot fit even squeezed: it will scroll anyway, so give it room to read comfortably.
  if (!best.fits) return yield* scroll();
  let hi = nominal.axis.pxPerS;
  for (let i = 0; i < 10; i++) {
    const mid = (lo + hi) / 2;
    const layout = yield* at(mid);
    if (layout.fits) [lo, best] = [mid, layout];
    else hi = mid;
  }
  return best;
}

/** Runs work made in slices (a generator that yields between them) to its end, at once. */
export function finishSlices<T>(slices: Generator<void, T, void>): T {
  for (;;) {
    const slice = slices.next();
    if (slice.done) return slice.value;
  }
}

/**
 * Whether a layout at `pxPerS` (and so at any larger scale) is certainly taller than `height`,
 * from a bound below its height: the moments run down at least the scale's whole screen time
 * (a moment is never above its natural place, ladderAxis.buildAxis), between the room above
 * t = 0 and the tail below the last moment. A pixel of slack keeps rounding from ever calling a
 * layout that would just fit too tall; near the edge the layouts themselves decide.
 */
function surelyTooTall(scale: TimeScale, pxPerS: number, height: number, em: (n: number) => number): boolean {
  const atLeast = em(EM.header) + em(EM.lead) + scale.end * pxPerS + em(EM.tail) + em(0.15);
  return atLeast > height + 0.5 + 1;
}

/**
 * The ladder at one time scale, built in the order a person would draw it: the columns across,
 * the moments down (packed with their notes), the foreign senders, the arrows and their labels,
 * then the state bands and timer brackets, and last the height all of that needs.
 */
export function layoutAtScale(
  trace: Trace,
  viewport: LadderViewport,
  text: LadderText,
  scale: TimeScale,
  pxPerS: number,
  labelPx = viewport.fontPx * EM.arrowFont,
): LadderLayout {
  return finishSlices(layoutAtScaleInSlices(trace, viewport, text, scale, pxPerS, labelPx));
}

/**
 * `layoutAtScale`, pausing (yielding) between its stages: the moments, the arrows, and the
 * bands. The first layout the page makes runs cold (interpreted code, each label measured the
 * first time), and its stages are each a large part of it (issue 8: total blocking time).
 */
function* layoutAtScaleInSlices(
  trace: Trace,
  viewport: LadderViewport,
  text: LadderText,
  scale: TimeScale,
  pxPerS: number,
  labelPx: number,
): Generator<void, LadderLayout, void> {
  const { width, fontPx } = viewport;
  const em = (n: number) => n * fontPx;
  const columns = columnsAcross(viewport, text);
  const { x, bandHalf, bandLabels } = columns;
  const bandTop = em(EM.header);
  const zone = originZone({
    trace,
    words: text,
    measure: text.measure,
    em,
    left: x.client,
    right: x.server,
    clearance: bandHalf + em(0.3),
    top: bandTop,
  });
  const timers = timerRuns(trace);
  const changes = Object.fromEntries(SIDES.map((side) => [side, stateChanges(trace, side)])) as Record<Side, StateChange[]>;
  const { axis, notes } = placeMoments({ trace, text, scale, pxPerS, em, bandTop, columns, zone, timers, changes });
  yield;
  const y = (t: number) => timeToY(axis, t);

  const breaks = drawnBreaks(scale, axis);
  const horizon =
    trace.horizon !== null ? horizonNote(trace.horizon, y(trace.horizon), text, em, x.server - x.client - 2 * (bandHalf + em(0.3))) : null;
  const sources = extendAttackerLanes(zone.sources, trace, y);
  const arrows = layoutArrows({
    trace,
    text,
    em,
    width,
    columns,
    axis,
    breaks,
    sources,
    mark: zone.mark,
    flightPx: scale.flightMs * pxPerS,
    labelPx,
  });
  yield;
  const bands = stateBands({ trace, changes, notes, axis, em, bandLabels, horizon, fontPx, bandTop });
  const height = diagramHeight({ axis, notes, arrows, bands, horizon, em });
  return {
    width,
    height,
    fontPx,
    labelPx,
    x,
    axis,
    breaks,
    arrows,
    bands,
    bandLabels,
    bandHalf,
    noteX: columns.noteX,
    noteWidth: columns.noteWidth,
    notes,
    timers: timerBrackets(timers, columns.bracketX, axis),
    horizon,
    sources,
    mark: zone.mark,
    fits: viewport.height === undefined || height <= viewport.height + 0.5,
  };
}

/** Where things stand across the diagram: the lifelines, and beside each its timer brackets and notes column. */
interface Columns {
  readonly bandLabels: BandLabelPlacement;
  readonly bandHalf: number;
  readonly noteWidth: number;
  readonly x: Readonly<Record<Side, number>>;
  readonly bracketX: Readonly<Record<Side, number>>;
  readonly noteX: Readonly<Record<Side, number>>;
}

/** Horizontally, outward from each lifeline: band edge → timer bracket → notes column → the edge. */
function columnsAcross({ width, fontPx }: LadderViewport, text: LadderText): Columns {
  const em = (n: number) => n * fontPx;
  const bandLabels: BandLabelPlacement = width >= EM.wideMin * fontPx ? 'outside' : 'inside';
  const bandHalf = em(EM.band[bandLabels]) / 2;
  // A phone's column is only as wide as the shortest timer status it must show.
  const noteWidth =
    bandLabels === 'outside'
      ? Math.min(em(EM.column.max), Math.max(em(EM.column.min), width * EM.column.share))
      : Math.max(em(EM.column.narrow), text.measure(text.timerStatusSample(true), em(EM.noteFont.inside)) + em(0.1));
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
  return { bandLabels, bandHalf, noteWidth, x, bracketX, noteX };
}

interface MomentsInput {
  readonly trace: Trace;
  readonly text: LadderText;
  readonly scale: TimeScale;
  readonly pxPerS: number;
  readonly em: (n: number) => number;
  readonly bandTop: number;
  readonly columns: Columns;
  readonly zone: OriginZone;
  readonly timers: readonly TimerRun[];
  readonly changes: Readonly<Record<Side, readonly StateChange[]>>;
}

/**
 * The moments down the diagram and the notes columns, placed together (ladderAxis.buildAxis): a
 * note pushes the next moment down rather than overlap the one below.
 */
function placeMoments({ trace, text, scale, pxPerS, em, bandTop, columns, zone, timers, changes }: MomentsInput): {
  axis: TimeAxis;
  notes: Record<Side, SideNote[]>;
} {
  const { bandLabels, noteWidth } = columns;
  const drafts = SIDES.flatMap((side) =>
    collectNotes({ trace, side, changes: changes[side], timers, placement: bandLabels, text, em, noteWidth }),
  );
  const { axis, tops } = buildAxis(
    trace.steps,
    scale,
    pxPerS,
    {
      bandTop,
      top: bandTop + zone.height + em(EM.lead),
      rowPx: Math.max(em(EM.minRow), LANE_FLIGHTS * scale.flightMs * pxPerS),
      noteInset: em(0.08),
      noteGap: em(EM.noteGap),
    },
    [...drafts, ...bandNames(changes, bandLabels, em(1))],
  );
  const notes = { client: [], server: [] } as Record<Side, SideNote[]>;
  drafts.forEach((draft, i) => {
    const anchorY = draft.step < 0 ? bandTop : stepY(axis, draft.step);
    notes[draft.side].push({ ...draft, anchorY, top: tops[i] ?? anchorY });
  });
  return { axis, notes };
}

/** The time scale's squeezed idle spans, where they fall on the axis. */
function drawnBreaks(scale: TimeScale, axis: TimeAxis): TimeBreak[] {
  return scale.breaks.map((b) => {
    const from = afterY(axis, b.fromT);
    return { fromT: b.fromT, toT: b.toT, y: from, height: timeToY(axis, b.toT) - from, realMs: b.realMs };
  });
}

/** Foreign senders: a 'past' origin is a point in the zone; an attacker's lane runs down to its last send. */
function extendAttackerLanes(sources: readonly ForeignSource[], trace: Trace, y: (t: number) => number): ForeignSource[] {
  return sources.map((source): ForeignSource => {
    if (source.kind === 'past') return source;
    const sends = trace.segments.filter((segment) => foreignKind(segment) === source.kind).map((segment) => y(segment.sentAt));
    return { ...source, y2: Math.max(source.y1, ...sends) };
  });
}

interface ArrowsInput {
  readonly trace: Trace;
  readonly text: LadderText;
  readonly em: (n: number) => number;
  readonly width: number;
  readonly columns: Columns;
  readonly axis: TimeAxis;
  readonly breaks: readonly TimeBreak[];
  readonly sources: readonly ForeignSource[];
  readonly mark: DiagramMark | null;
  readonly flightPx: number;
  readonly labelPx: number;
}

type ArrowPathLayout = Pick<ArrowLayout, 'x1' | 'y1' | 'x2' | 'y2' | 'at1' | 'at2' | 'endFraction' | 'crossing'>;

/** Each segment's arrow, then its label set where it overlaps nothing. */
function layoutArrows(input: ArrowsInput): ArrowLayout[] {
  const { trace, text, em, columns, axis, sources } = input;
  const { x, bandHalf } = columns;
  const paths = arrowPaths(input);
  // Labels keep inside the diagram drawn so far: the moments and the arrows themselves.
  const lastY = axis.moments.at(-1)?.y ?? axis.top;
  const provisionalHeight = Math.max(lastY, ...paths.map((p) => Math.max(p.y1, p.y2))) + em(EM.tail);
  const { labels, captions } = placeArrowLabels(paths, trace.segments.map(text.arrow), {
    labelPx: input.labelPx,
    measure: text.measure,
    lifelines: [
      ...SIDES.map((side) => ({ x: x[side], half: bandHalf + em(0.2) })),
      ...sources.filter((source) => hasLane(source.kind)).map((source) => ({ x: source.x, half: em(0.3) })),
    ],
    height: provisionalHeight,
    obstacles: labelObstacles(input),
    rests: axis.steps.map((step) => ({ y: axis.moments[step.moment]?.y ?? 0, x1: x.client, x2: x.server })),
  });
  return trace.segments.map((segment, i): ArrowLayout => {
    const path = paths[i] as ArrowPathLayout;
    const label = labels[i] as PlacedLabel;
    return { id: segment.id, from: segment.from, ...path, labelFraction: label.fraction, label, caption: captions[i] ?? null };
  });
}

/**
 * Arrows: from the row of the step that sent them to the row of the step that received them.
 * On a phone the state names run down the bands, so arrows meet the bands' inner edges instead
 * of running through the names to the lifelines.
 */
function arrowPaths({ trace, columns, axis, sources, flightPx }: ArrowsInput): ArrowPathLayout[] {
  const { x, bandHalf, bandLabels } = columns;
  const y = (t: number) => timeToY(axis, t);
  const edge = (side: Side) => (bandLabels === 'inside' ? x[side] + (side === 'client' ? bandHalf : -bandHalf) : x[side]);
  const sourceOf = (segment: TraceSegment) => sources.find((source) => source.kind === foreignKind(segment));
  const lanes = new Map<string, number>();
  const travelsAgainst = oppositeTraffic(trace.segments);
  return trace.segments.map((segment) => {
    const laneKey = `${segment.from}@${segment.sentStep}@${segment.sentAt}`;
    const lane = lanes.get(laneKey) ?? 0;
    lanes.set(laneKey, lane + 1);
    const offset = lane * LANE_FLIGHTS * flightPx;
    const crossing = travelsAgainst(segment);
    const source = sourceOf(segment);
    const sentY = segment.sentStep >= 0 ? stepY(axis, segment.sentStep) : y(segment.sentAt);
    const arrivalY = segment.arrivalStep !== null ? stepY(axis, segment.arrivalStep) : y(segment.arrivesAt);
    // From the past: already on its way when the story starts, so it is drawn from its origin and
    // the tip reaches the playhead line only where their paths meet.
    const fromPast = source?.kind === 'past';
    const y1 = fromPast ? source.y1 : sentY + offset;
    return {
      x1: source ? source.x : edge(segment.from),
      y1,
      x2: edge(segment.to),
      y2: segment.arrivalStep !== null ? arrivalY : arrivalY + offset,
      at1: fromPast ? y1 : sentY,
      at2: arrivalY,
      endFraction: segment.lost ? 0.5 : 1,
      crossing,
    };
  });
}

/** What arrow labels must not cover: the time-break marks, the foreign senders' names, the counterfactual mark. */
function labelObstacles({ text, em, width, breaks, sources, mark }: ArrowsInput): OrientedRect[] {
  return [
    ...breaks.map((b) => {
      const mid = b.y + b.height / 2;
      return axisRect(width / 2 - em(3), mid - em(0.55), width / 2 + em(3), mid + em(0.55));
    }),
    ...sources.map((source) =>
      axisRect(
        source.labelX,
        source.labelY - source.fontPx,
        source.labelX + Math.max(...source.lines.map((line) => text.measure(line, source.fontPx, true))),
        source.labelY + (source.lines.length - 1) * source.lineHeight + source.fontPx * 0.3,
      ),
    ),
    ...(mark ? [axisRect(mark.x - mark.width / 2, mark.y, mark.x + mark.width / 2, mark.y + mark.height)] : []),
  ];
}

/** Each timer as a bracket beside its lifeline, from the step that set it to the step that ended it. */
function timerBrackets(timers: readonly TimerRun[], bracketX: Readonly<Record<Side, number>>, axis: TimeAxis): TimerBracket[] {
  return timers.map((run, i) => ({
    run,
    x: bracketX[run.side],
    y1: stepY(axis, run.startStep),
    y2: run.endStep !== null ? stepY(axis, run.endStep) : timeToY(axis, run.end),
    note: `timer-${i}`,
  }));
}

interface BandsInput {
  readonly trace: Trace;
  readonly changes: Readonly<Record<Side, readonly StateChange[]>>;
  readonly notes: Readonly<Record<Side, readonly SideNote[]>>;
  readonly axis: TimeAxis;
  readonly em: (n: number) => number;
  readonly bandLabels: BandLabelPlacement;
  readonly horizon: Horizon | null;
  readonly fontPx: number;
  readonly bandTop: number;
}

/** Each side's states as bands down its lifeline, named from the notes column on wide screens. */
function stateBands(input: BandsInput): Record<Side, StateBand[]> {
  const { trace, changes, notes, axis, em, bandTop } = input;
  const bands = {} as Record<Side, StateBand[]>;
  for (const side of SIDES) {
    const raw = changes[side].map((change) => ({ ...change, y1: change.step < 0 ? bandTop : stepY(axis, change.step) }));
    // A state left in the same instant it was entered has no band of its own.
    bands[side] = raw.flatMap((band, i): StateBand[] => {
      const next = raw[i + 1];
      if (next && next.y1 <= band.y1) return [];
      const note = notes[side].find((n) => n.kind === 'state' && n.key === bandKey(side, band));
      const labelY = note ? note.top + em(EM.stateFont) * 0.95 : band.y1 + em(EM.stateFont) * 1.3;
      return [
        {
          state: band.state,
          step: band.step,
          fromT: band.fromT,
          toT: next ? next.fromT : trace.endTime,
          y1: band.y1,
          y2: next ? next.y1 : band.y1,
          labelY,
        },
      ];
    });
    extendLastBand(bands[side], input);
  }
  return bands;
}

/** The last state runs on to the horizon, or a little past the last moment. */
function extendLastBand(list: StateBand[], { axis, em, bandLabels, horizon, fontPx }: BandsInput): void {
  const last = list.at(-1);
  if (!last) return;
  const lastY = axis.moments.at(-1)?.y ?? axis.top;
  // On a phone the last band is long enough for its name too.
  const nameRoom = bandLabels === 'inside' ? last.y1 + insideNameLength(last.state, fontPx) : -Infinity;
  list[list.length - 1] = { ...last, y2: horizon ? horizon.y : Math.max(lastY + em(EM.tail) * 0.5, nameRoom) };
}

/** Tall enough for everything drawn: the moments and the horizon's note, the notes, the arrows, the bands. */
function diagramHeight({
  axis,
  notes,
  arrows,
  bands,
  horizon,
  em,
}: {
  axis: TimeAxis;
  notes: Readonly<Record<Side, readonly SideNote[]>>;
  arrows: readonly ArrowLayout[];
  bands: Readonly<Record<Side, readonly StateBand[]>>;
  horizon: Horizon | null;
  em: (n: number) => number;
}): number {
  const lastY = axis.moments.at(-1)?.y ?? axis.top;
  const notesBottom = Math.max(0, ...SIDES.flatMap((side) => notes[side].map((n) => n.top + n.height)));
  const arrowsBottom = Math.max(0, ...arrows.map((a) => Math.max(a.y1, a.y2)));
  const bandsBottom = Math.max(0, ...SIDES.map((side) => bands[side].at(-1)?.y2 ?? 0));
  const horizonRoom = horizon ? em(EM.horizon) + (horizon.lines.length - 1) * horizon.lineHeight : 0;
  const bottom = Math.max(lastY + em(EM.tail) + horizonRoom, notesBottom + em(0.2), arrowsBottom + em(EM.tail), bandsBottom + em(0.2));
  return bottom + em(0.15);
}

/** Length of a state's name written down inside its band (a phone), with room at its ends. */
export function insideNameLength(state: TcpState, fontPx: number): number {
  return state.length * INSIDE_CAP_ADVANCE_EM * fontPx + fontPx;
}

/**
 * Where a state's name runs down inside its band (a phone), from just below the band's start, or
 * null where it is not written: names beside the bands (wide screens), or a band too short for it.
 */
export function insideNameSpan(
  layout: Pick<LadderLayout, 'bandLabels' | 'fontPx'>,
  band: StateBand,
): { top: number; bottom: number } | null {
  if (layout.bandLabels !== 'inside') return null;
  const length = insideNameLength(band.state, layout.fontPx);
  if (length > band.y2 - band.y1 + 0.5) return null;
  return { top: band.y1 + layout.fontPx * 0.5, bottom: band.y1 + length };
}

/** Rough advance of one capital letter of a vertical state name, em of the root font. */
const INSIDE_CAP_ADVANCE_EM = 0.68 * 0.7;

/** On a phone, each state's name runs down its band: the band must be long enough to hold it. */
function bandNames(changes: Readonly<Record<Side, readonly StateChange[]>>, placement: BandLabelPlacement, fontPx: number) {
  if (placement === 'outside') return [];
  return SIDES.flatMap((side) =>
    changes[side].map((change) => ({ side, step: change.step, height: insideNameLength(change.state, fontPx), channel: 'band' as const })),
  );
}

function horizonNote(t: number, y: number, text: LadderText, em: (n: number) => number, room: number): Horizon {
  const fontPx = em(0.8);
  return { t, y, lines: wrapText(text.horizon(t), room, fontPx, text.measure), fontPx, lineHeight: fontPx * 1.2 };
}

function bandKey(side: Side, band: Pick<StateChange, 'fromT' | 'state'>): string {
  return `state-${side}-${band.fromT}-${band.state}`;
}

interface StateChange {
  readonly state: TcpState;
  /** Index of the step that entered it; −1 for the initial state. */
  readonly step: number;
  readonly fromT: number;
}

/** Every state one side enters, in order, with the step that entered it: even one it leaves in the same instant. */
function stateChanges(trace: Trace, side: Side): StateChange[] {
  const changes: StateChange[] = [{ state: trace.initial[side].state, step: -1, fromT: 0 }];
  for (const step of trace.steps) {
    const state = step.after[side].state;
    if (state !== changes.at(-1)?.state) changes.push({ state, step: step.index, fromT: step.t });
  }
  return changes;
}

type NoteDraft = Omit<SideNote, 'top' | 'anchorY'>;

/**
 * Order of notes at the same moment: the state it enters, what the application saw then, and the
 * timer it starts (whose bracket runs on down the lifeline anyway).
 */
const KIND_ORDER: Record<SideNoteKind, number> = { state: 0, app: 1, timer: 2 };

interface NotesInput {
  readonly trace: Trace;
  readonly side: Side;
  readonly changes: readonly StateChange[];
  readonly timers: readonly TimerRun[];
  readonly placement: BandLabelPlacement;
  readonly text: LadderText;
  readonly em: (n: number) => number;
  readonly noteWidth: number;
}

/** One side's notes column, in the order they are stacked at each moment (KIND_ORDER). */
function collectNotes(input: NotesInput): NoteDraft[] {
  const drafts = [...stateNotes(input), ...appNotes(input), ...timerNotes(input)];
  return drafts.sort((a, b) => a.step - b.step || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** Size and width of the notes' text, which is smaller in a phone's narrow column. */
function noteType({ placement, text, em }: NotesInput) {
  const notePx = em(EM.noteFont[placement]);
  const widest = (lines: readonly string[], px: number, bold = false) => Math.max(0, ...lines.map((line) => text.measure(line, px, bold)));
  return { notePx, lineHeight: notePx * EM.noteLine, pad: em(0.1), widest };
}

/** On wide screens each state's name is a note beside its band; on a phone it runs down the band instead. */
function stateNotes(input: NotesInput): NoteDraft[] {
  const { side, changes, placement, em } = input;
  if (placement !== 'outside') return [];
  const { widest } = noteType(input);
  const statePx = em(EM.stateFont);
  return changes.map((change) => ({
    key: bandKey(side, change),
    side,
    kind: 'state',
    t: change.step < 0 ? -Infinity : change.fromT,
    step: change.step,
    height: statePx * 1.25,
    width: widest([change.state], statePx, true),
    lines: [change.state],
    fontPx: statePx,
    lineHeight: statePx * 1.25,
    state: change.state,
  }));
}

/** What the application on this side sees, at the step it saw it. */
function appNotes(input: NotesInput): NoteDraft[] {
  const { trace, side, placement, text, noteWidth } = input;
  const { notePx, lineHeight, pad, widest } = noteType(input);
  return trace.steps
    .filter((step) => step.side === side)
    .flatMap((step) =>
      step.app.map((event): NoteDraft => {
        const lines = wrapText(text.appEvent(event, placement === 'inside'), noteWidth - 2 * pad, notePx, text.measure);
        return {
          key: `app-${step.index}-${event}`,
          side,
          kind: 'app',
          t: step.t,
          step: step.index,
          height: lines.length * lineHeight + 2 * pad,
          width: widest(lines, notePx) + 2 * pad,
          lines,
          fontPx: notePx,
          lineHeight,
          event,
        };
      }),
    );
}

/** Each timer this side runs, named at the step that set it. */
function timerNotes(input: NotesInput): NoteDraft[] {
  const { side, timers, placement, text, noteWidth } = input;
  const { notePx, lineHeight, widest } = noteType(input);
  // The same for every timer: measured once, not once per run (a long session runs hundreds).
  const statusWidth = text.measure(text.timerStatusSample(placement === 'inside'), notePx);
  return timers.flatMap((run, i): NoteDraft[] => {
    if (run.side !== side) return [];
    const lines = wrapText(text.timer(run), noteWidth, notePx, text.measure, true);
    return [
      {
        key: `timer-${i}`,
        side,
        kind: 'timer',
        t: run.start,
        step: run.startStep,
        // One more line for the status under the name: the countdown, "fired", "stopped".
        height: (lines.length + 1) * lineHeight,
        width: Math.max(widest(lines, notePx, true), statusWidth),
        lines,
        fontPx: notePx,
        lineHeight,
        timer: i,
      },
    ];
  });
}

/**
 * How far up and down an arrow reaches once it has ended: its line to the receiver (or to its ✕),
 * its label where it rests and the words beside its ✕.
 */
export function arrowExtent(layout: Pick<LadderLayout, 'labelPx'>, arrow: ArrowLayout): { top: number; bottom: number } {
  const [top, bottom] = restingExtent(arrow, arrow.label, arrow.caption, layout.labelPx);
  return { top, bottom };
}

/** A point `fraction` of the way along an arrow (0 = sender, 1 = receiver). */
export function pointAlong(arrow: ArrowLayout, fraction: number): { x: number; y: number } {
  return pointAt(arrow, fraction);
}

/**
 * How far along its path an arrow is drawn when the playhead line is at `now` (RaftScope:
 * (now − sent)/(received − sent)), clamped to what is ever drawn. The ladder passes the playhead
 * line's y and the arrow's at1/at2, so the tip stays on that line whatever the axis stretched.
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
