/**
 * Where each arrow's label goes. Labels run along their arrow; the placer tries positions along
 * the path, sides of it (above, below, or a label of several rows around it), and shorter
 * variants of the text, and keeps the first that covers no other label, no lifeline and no ✕,
 * preferring the middle of the arrow and the fullest text.
 * Greedy and global (every segment of the trace), so labels stay put while the learner steps: the
 * arrows with least room first (those crossing another, and lost ones, which end half-way), then
 * the rest in sending order. Pure: text widths come from the `measure` it is given.
 */
import { LABEL_VARIANTS, labelRows, rowText, type ArrowLabelText, type LabelRows, type LabelVariant } from './arrowLabel';
import { axisRect, lineRect, rectsOverlap, verticalExtent, type OrientedRect, type Point } from './geometry';
import { wrapText, type MeasureText } from './textMeasure';

export interface ArrowPath {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** 1, or 0.5 for a lost segment (it ends mid-way in ✕). */
  readonly endFraction: number;
  /** Travels while a segment goes the other way: keep the label on the sender's half. */
  readonly crossing: boolean;
}

export interface PlacedLabel {
  readonly variant: LabelVariant;
  readonly rows: LabelRows;
  /** Centre of the label along the path at rest (0 = sender, 1 = receiver). */
  readonly fraction: number;
  /** Where its rows sit against the arrow: see LabelSide. */
  readonly side: LabelSide;
  /** Length of the longest row, px. */
  readonly length: number;
  /** Clearance kept from the sender's lifeline, px: where a label riding with the tip starts. */
  readonly startMargin: number;
}

/** The words beside a lost segment's ✕, on the side the segment was heading to. */
export interface PlacedCaption {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  readonly lines: readonly string[];
}

export interface LabelContext {
  /** Label font size, px (the arrow labels' CSS font size). */
  readonly labelPx: number;
  readonly measure: MeasureText;
  /** Each lifeline's x and the half-width of the strip around it that labels keep clear of. */
  readonly lifelines: readonly { readonly x: number; readonly half: number }[];
  readonly height: number;
  /** Fixed things labels must not cover (break marks, the horizon note). */
  readonly obstacles: readonly OrientedRect[];
  /**
   * Where the "now" line comes to rest (each step's row), from lifeline to lifeline: a label
   * placed across one would be struck through at that step, so it is avoided like another arrow.
   */
  readonly rests?: readonly { readonly y: number; readonly x1: number; readonly x2: number }[];
}

/**
 * Scores of a placement (lower is better): covering something is never acceptable while any
 * other choice exists; a line through a label, another arrow's (a label crossed wherever it goes
 * is not drawn at all) or the "now" line's at some step, is worse than any label clear of lines,
 * even the flags alone. Among those, losing the seq and ack (`bare`), which are what the diagram
 * teaches, costs more than any other fallback: the rows of a taller label, its other side.
 */
const SCORE = {
  collision: 10_000,
  overflow: 5_000,
  crossing: 1_000,
  rest: 500,
  bare: 150,
  pastCrossing: 100,
  rank: 30,
  side: 6,
  offCentre: 40,
} as const;

/**
 * Where a label's rows sit against its arrow. One row: above it, else below. Several (the flags,
 * then the numbers): around it (the flags above, the numbers below), else all above, else all
 * below. Where arrows meet at a lifeline, a phone's short flights leave no room on one side of an
 * arrow (the ACK leaves right under the SYN,ACK's end): with around the only choice, the numbers went.
 */
export type LabelSide = 'above' | 'below' | 'around';
const SIDES: Readonly<Record<'one' | 'more', readonly LabelSide[]>> = { one: ['above', 'below'], more: ['around', 'above', 'below'] };

/** Baselines of the rows next to an arrow (above or below it), and from row to row, em of the label font. */
const BASELINE = { above: -0.42, below: 1.02, aroundHead: -0.45, aroundBody: 1.1, rowGap: 1.18 } as const;

/**
 * The baseline of each of `count` rows relative to the arrow, top to bottom, in em of the label
 * font: shared with the renderers, so what is measured is what is drawn. Remembered, since the
 * placer asks for every place it tries (a handful of answers, asked thousands of times).
 */
export function rowBaselines(count: number, side: LabelSide): readonly number[] {
  const key = `${count} ${side}`;
  let baselines = baselinesMade.get(key);
  if (!baselines) baselinesMade.set(key, (baselines = makeBaselines(count, side)));
  return baselines;
}

const baselinesMade = new Map<string, readonly number[]>();

function makeBaselines(count: number, side: LabelSide): readonly number[] {
  const from = (first: number) => Array.from({ length: count }, (_, row) => first + row * BASELINE.rowGap);
  if (count <= 1) return [side === 'below' ? BASELINE.below : BASELINE.above];
  if (side === 'above') return from(BASELINE.above - (count - 1) * BASELINE.rowGap);
  if (side === 'below') return from(BASELINE.below);
  return [BASELINE.aroundHead, ...from(BASELINE.aroundBody).slice(0, count - 1)];
}

const ASCENT = 0.92;
const DESCENT = 0.26;
/** ✕ glyph size relative to the label font. */
export const CROSS_EM = 1.3;

/** Points of an arrow: 0 = sender, 1 = receiver. */
export function pointAt(path: ArrowPath, fraction: number): Point {
  return { x: path.x1 + (path.x2 - path.x1) * fraction, y: path.y1 + (path.y2 - path.y1) * fraction };
}

/** Rotation (degrees) for text along an arrow, flipped when needed so it never reads upside down. */
export function readableAngle(path: ArrowPath): number {
  const deg = (Math.atan2(path.y2 - path.y1, path.x2 - path.x1) * 180) / Math.PI;
  if (deg > 90) return deg - 180;
  if (deg < -90) return deg + 180;
  return deg;
}

function pathLength(path: ArrowPath): number {
  return Math.hypot(path.x2 - path.x1, path.y2 - path.y1);
}

/** Vertical band of a label in its own rotated frame, em of the label font (y grows downward). */
function localExtent(rows: number, side: LabelSide): [number, number] {
  const baselines = rowBaselines(rows, side);
  return [(baselines[0] ?? 0) - ASCENT, (baselines.at(-1) ?? 0) + DESCENT];
}

/** The rectangle a label covers with its centre `fraction` along the path. */
export function labelRect(
  path: ArrowPath,
  fraction: number,
  label: Pick<PlacedLabel, 'rows' | 'side' | 'length'>,
  labelPx: number,
): OrientedRect {
  const angle = (readableAngle(path) * Math.PI) / 180;
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  const [top, bottom] = localExtent(label.rows.length, label.side);
  const middle = ((top + bottom) / 2) * labelPx;
  const at = pointAt(path, fraction);
  return {
    cx: at.x - uy * middle,
    cy: at.y + ux * middle,
    ux,
    uy,
    hw: label.length / 2 + 0.2 * labelPx,
    hh: ((bottom - top) / 2) * labelPx + 0.04 * labelPx,
  };
}

/**
 * The vertical extent [top, bottom] of an arrow once it has ended: its line to the end (the
 * receiver, or its ✕), its label at rest and the caption beside the ✕.
 */
export function restingExtent(path: ArrowPath, label: PlacedLabel, caption: PlacedCaption | null, labelPx: number): [number, number] {
  const end = pointAt(path, path.endFraction);
  const extents: [number, number][] = [[Math.min(path.y1, end.y), Math.max(path.y1, end.y)]];
  if (path.endFraction < 1) extents.push(verticalExtent(crossRect(path, labelPx)));
  if (label.variant !== 'none') extents.push(verticalExtent(labelRect(path, label.fraction, label, labelPx)));
  // Its vertical extent does not depend on the width.
  if (caption) extents.push(verticalExtent(captionRect(caption, 0, labelPx)));
  return [Math.min(...extents.map(([top]) => top)), Math.max(...extents.map(([, bottom]) => bottom))];
}

function crossRect(path: ArrowPath, labelPx: number): OrientedRect {
  const end = pointAt(path, path.endFraction);
  const half = (CROSS_EM * labelPx) / 2;
  return axisRect(end.x - half, end.y - half, end.x + half, end.y + half);
}

function captionRect(caption: PlacedCaption, width: number, labelPx: number): OrientedRect {
  const x1 = caption.anchor === 'start' ? caption.x : caption.x - width;
  const lineHeight = 1.2 * labelPx;
  const top = caption.y - 0.6 * labelPx;
  return axisRect(x1 - 0.15 * labelPx, top, x1 + width + 0.15 * labelPx, top + caption.lines.length * lineHeight);
}

/**
 * Captions first (they belong to a fixed point, the ✕), then labels around everything placed.
 * A caption that would cover another is dropped; its words are still in the arrow's name.
 */
export function placeArrowLabels(
  paths: readonly ArrowPath[],
  texts: readonly ArrowLabelText[],
  ctx: LabelContext,
): { labels: PlacedLabel[]; captions: (PlacedCaption | null)[] } {
  const { labelPx, measure } = ctx;
  const hard = new RectIndex(ROW_EM * labelPx);
  for (const { x, half } of ctx.lifelines) hard.add(axisRect(x - half, 0, x + half, ctx.height));
  for (const obstacle of ctx.obstacles) hard.add(obstacle);
  const crosses = paths.map((path) => (path.endFraction < 1 ? crossRect(path, labelPx) : null));
  const crossIds = crosses.map((cross) => (cross ? hard.add(cross) : -1));

  const captions = paths.map((path, i): PlacedCaption | null => {
    const caption = texts[i]?.caption;
    if (path.endFraction >= 1 || !caption) return null;
    const end = pointAt(path, path.endFraction);
    const rightward = path.x2 > path.x1;
    const x = end.x + (rightward ? 1 : -1) * 0.85 * labelPx;
    const room = Math.max(4 * labelPx, (rightward ? path.x2 - x : x - path.x2) - 1.2 * labelPx);
    const lines = captionLines(caption, room, labelPx, measure);
    const placed: PlacedCaption = { x, y: end.y, anchor: rightward ? 'start' : 'end', lines };
    const width = Math.max(...lines.map((line) => measure(line, labelPx)));
    const rect = captionRect(placed, width, labelPx);
    if (hard.count(rect, crossIds[i]) > 0) return null;
    hard.add(rect);
    return placed;
  });

  const lines = new RectIndex(ROW_EM * labelPx);
  for (const path of paths) lines.add(lineRect({ x: path.x1, y: path.y1 }, pointAt(path, path.endFraction), 0.5));
  const rests = new RestLines((ctx.rests ?? []).map((rest) => axisRect(rest.x1, rest.y - 1, rest.x2, rest.y + 1)));
  const labels: PlacedLabel[] = [];
  for (const i of leastRoomFirst(paths)) {
    const path = paths[i] as ArrowPath;
    const best = bestPlacement(path, texts[i] as ArrowLabelText, i, lines, rests, hard, ctx);
    if (best.variant !== 'none') hard.add(labelRect(path, best.fraction, best, labelPx));
    labels[i] = best;
  }
  return { labels, captions };
}

/**
 * The order labels are placed in: arrows crossing another and lost ones first (their labels have
 * the fewest places: their sender's half, or half an arrow), then the rest, each in sending order.
 * Placed after a long arrow's label, they had lost their numbers to it (the SYN,ACK answering an
 * old duplicate, under the duplicate's label, at 1024×768 in Chinese).
 */
function leastRoomFirst(paths: readonly ArrowPath[]): number[] {
  const tight = (i: number) => Number((paths[i] as ArrowPath).crossing || (paths[i] as ArrowPath).endFraction < 1);
  return paths.map((_, i) => i).sort((a, b) => tight(b) - tight(a) || a - b);
}

function bestPlacement(
  path: ArrowPath,
  text: ArrowLabelText,
  index: number,
  lines: RectIndex,
  rests: RestLines,
  hard: RectIndex,
  ctx: LabelContext,
): PlacedLabel {
  const { labelPx } = ctx;
  const length = pathLength(path) || 1;
  const startMargin = (ctx.lifelines[0]?.half ?? 0) + 0.3 * labelPx;
  // A label rests in its place once its arrow has ended (arrived, or died at its ✕): only the
  // "now" lines from then on can strike it; before, it rides with the tip.
  const restsFrom = pointAt(path, path.endFraction).y - 1;
  let best: PlacedLabel | null = null;
  let bestScore = Infinity;
  let bestCrossed = false;
  // Every term of a score is at least 0, so a candidate scoring 0 (the first one tried: the
  // fullest label at its preferred place, clear of everything) cannot be beaten: stop there.
  // Most labels are such, and trying every other candidate anyway was most of a long session's
  // layout. Likewise a candidate whose known costs alone reach the best score is not checked
  // against what it might cover, and once its variant's rank alone does, none after it can win.
  for (const { variant, rank, rows, labelLength, side, sideRank, centre, cost } of candidatePlacements(path, text, startMargin, ctx)) {
    if (rank * SCORE.rank >= bestScore) break;
    const known = cost + (variant === 'flags' ? SCORE.bare : 0) + rank * SCORE.rank + sideRank * SCORE.side;
    if (known >= bestScore) continue;
    const fraction = centre / length;
    const rect = labelRect(path, fraction, { rows, side, length: labelLength }, labelPx);
    // Arrow i is the i-th line added.
    const crossings = lines.count(rect, index);
    const score = obstructionScore(rect, known + crossings * SCORE.crossing, bestScore, hard, rests, restsFrom);
    if (score < bestScore) {
      bestScore = score;
      bestCrossed = crossings > 0;
      best = { variant, rows, fraction, side, length: labelLength, startMargin };
      if (score === 0) break;
    }
  }
  // Crossed by another arrow wherever it goes, even bare: better no label than one struck through.
  if (bestCrossed) return { variant: 'none', rows: labelRows(text, 'none'), fraction: 0.5, side: 'above', length: 0, startMargin };
  // LABEL_VARIANTS is not empty and every variant offers at least one centre.
  return best as PlacedLabel;
}

interface CandidatePlacement {
  readonly variant: LabelVariant;
  /** Its variant's place in LABEL_VARIANTS, and its side's in SIDES: the later, the worse. */
  readonly rank: number;
  readonly rows: LabelRows;
  readonly labelLength: number;
  readonly side: LabelSide;
  readonly sideRank: number;
  /** Distance of the label's centre from the sender along the path, px. */
  readonly centre: number;
  /** What the place costs before anything is checked: running past its room, or off its preferred spot. */
  readonly cost: number;
}

/**
 * Every place to try, best first: each variant of the text (fullest first), each stretch of the
 * arrow it may use, each side, each centre along the stretch. An arrow crossing one going the
 * other way tries its sender's half first, where its label cannot be taken for the other's; then
 * the whole arrow at a cost, so its numbers may go past the crossing rather than be lost (the
 * SYN,ACK answering an old duplicate, which the client's own SYN crosses, on a phone in Chinese).
 */
function* candidatePlacements(
  path: ArrowPath,
  text: ArrowLabelText,
  startMargin: number,
  ctx: LabelContext,
): Generator<CandidatePlacement> {
  const { labelPx, measure } = ctx;
  const length = pathLength(path) || 1;
  const lifelineHalf = ctx.lifelines[0]?.half ?? 0;
  const endPx = length * path.endFraction - (path.endFraction < 1 ? (CROSS_EM / 2 + 0.15) * labelPx : lifelineHalf + 0.8 * labelPx);
  const stretches = path.crossing
    ? [
        { limitPx: Math.min(endPx, length / 2 - 0.5 * labelPx), cost: 0 },
        { limitPx: endPx, cost: SCORE.pastCrossing },
      ]
    : [{ limitPx: endPx, cost: 0 }];
  for (const [rank, variant] of LABEL_VARIANTS.entries()) {
    const rows = labelRows(text, variant);
    const labelLength = Math.max(...rows.map((pieces) => measure(rowText(pieces), labelPx, true)));
    for (const stretch of stretches) {
      const lo = startMargin + labelLength / 2;
      const hi = stretch.limitPx - labelLength / 2;
      const fits = lo <= hi;
      // Too long for its arrow even so: start it clear of the sender's lifeline and let it run on.
      const centres = fits ? candidateCount(path.crossing) : 1;
      const preferred = path.crossing ? lo : (lo + hi) / 2;
      for (const [sideRank, side] of SIDES[rows.length > 1 ? 'more' : 'one'].entries()) {
        for (let c = 0; c < centres; c++) {
          const centre = fits ? candidate(lo, hi, path.crossing, c) : lo;
          const offCentre = (Math.abs(centre - preferred) / length) * SCORE.offCentre;
          yield { variant, rank, rows, labelLength, side, sideRank, centre, cost: stretch.cost + (fits ? 0 : SCORE.overflow) + offCentre };
        }
      }
    }
  }
}

/** Height of a RectIndex row, in label sizes; a rect taller than TALL_ROWS rows is checked always. */
const ROW_EM = 8;
const TALL_ROWS = 16;

/**
 * Rectangles filed by the rows of the diagram they reach, so a candidate is tested only against
 * those near it. Testing every label against every other made placing them quadratic: seconds
 * for a long sandbox session. Same answers: rectangles in no shared row cannot overlap.
 */
class RectIndex {
  private readonly rows = new Map<number, number[]>();
  /** Rects spanning most of the diagram (lifelines): checked against every candidate. */
  private readonly tall: number[] = [];
  private readonly rects: OrientedRect[] = [];

  constructor(private readonly rowPx: number) {}

  private span(rect: OrientedRect): [number, number] {
    const [top, bottom] = verticalExtent(rect);
    return [Math.floor(top / this.rowPx), Math.floor(bottom / this.rowPx)];
  }

  /** Files `rect`; returns its id (ids count up from 0 in the order added). */
  add(rect: OrientedRect): number {
    const id = this.rects.push(rect) - 1;
    const [first, last] = this.span(rect);
    if (!(last - first <= TALL_ROWS)) {
      this.tall.push(id);
      return id;
    }
    for (let row = first; row <= last; row++) {
      const ids = this.rows.get(row);
      if (ids) ids.push(id);
      else this.rows.set(row, [id]);
    }
    return id;
  }

  /** Which query last tested each rect, so a rect filed in several rows counts once. */
  private readonly testedBy: number[] = [];
  private query = 0;

  /** How many filed rects overlap `rect`, leaving out the one with id `except`. */
  count(rect: OrientedRect, except = -1): number {
    const [first, last] = this.span(rect);
    const query = ++this.query;
    let overlaps = 0;
    const test = (id: number) => {
      if (id === except || this.testedBy[id] === query) return;
      this.testedBy[id] = query;
      if (rectsOverlap(rect, this.rects[id] as OrientedRect)) overlaps++;
    };
    for (const id of this.tall) test(id);
    // A candidate taller than the index's rows (never in practice) is tested against everything.
    if (!(last - first <= TALL_ROWS)) {
      this.rects.forEach((_, id) => test(id));
      return overlaps;
    }
    for (let row = first; row <= last; row++) for (const id of this.rows.get(row) ?? []) test(id);
    return overlaps;
  }
}

/**
 * The "now" line of every step, sorted by height, so a candidate is tested only against the lines
 * that can reach it. Testing all of them for every candidate was the quadratic part of a long
 * sandbox session (seconds at 1,600 steps). Same answers: a line 2 px thick can only touch a
 * rectangle whose vertical extent it reaches.
 */
class RestLines {
  private readonly sorted: readonly OrientedRect[];

  constructor(rests: readonly OrientedRect[]) {
    this.sorted = [...rests].sort((a, b) => a.cy - b.cy);
  }

  /** Index of the first line whose centre is at or below `y`. */
  private firstFrom(y: number): number {
    let [lo, hi] = [0, this.sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] as OrientedRect).cy < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** How many lines centred at or below `from` overlap `rect`. */
  count(rect: OrientedRect, from: number): number {
    const [top, bottom] = verticalExtent(rect);
    let overlaps = 0;
    for (let i = this.firstFrom(Math.max(from, top - 1)); i < this.sorted.length; i++) {
      const rest = this.sorted[i] as OrientedRect;
      if (rest.cy - rest.hh > bottom) break;
      if (rectsOverlap(rect, rest)) overlaps++;
    }
    return overlaps;
  }
}

/**
 * A placement's score: `known` (its costs and the arrows crossing it) plus what it would cover
 * (labels, lifelines and marks it must not touch) and the "now" lines that pass it after it has
 * come to rest. Once the score reaches `toBeat` the rest is not counted: it cannot win.
 */
function obstructionScore(rect: OrientedRect, known: number, toBeat: number, hard: RectIndex, rests: RestLines, restsFrom: number): number {
  if (known >= toBeat) return known;
  const covering = known + hard.count(rect) * SCORE.collision;
  if (covering >= toBeat) return covering;
  return covering + rests.count(rect, restsFrom) * SCORE.rest;
}

/**
 * Centres to try between lo and hi: the middle first (or the sender's end for crossing arrows),
 * then a finer comb, so a label can find the gap between two lines that cross its arrow (a flood).
 * Made one at a time: most labels take the first, and listing all 24 for every label and variant
 * was a large part of a long session's layout (issue 10).
 */
const FIRST_TRIES = { crossing: [0, 0.2, 0.4, 0.6, 0.8, 1], straight: [0.5, 0.35, 0.65, 0.2, 0.8, 0.05, 0.95] } as const;
const COMB = 16;

function candidateCount(crossing: boolean): number {
  return FIRST_TRIES[crossing ? 'crossing' : 'straight'].length + COMB + 1;
}

/** The `index`-th centre to try. */
function candidate(lo: number, hi: number, crossing: boolean, index: number): number {
  const tries = FIRST_TRIES[crossing ? 'crossing' : 'straight'];
  const k = index < tries.length ? (tries[index] as number) : (index - tries.length) / COMB;
  return lo + (hi - lo) * k;
}

/** A caption on one line if it fits, else broken at its dash ("to 203.0.113.7 —" / "nobody there"). */
function captionLines(caption: string, room: number, px: number, measure: MeasureText): string[] {
  if (measure(caption, px) <= room) return [caption];
  const dash = /(\s*—+)\s*/.exec(caption);
  const parts = dash
    ? [caption.slice(0, dash.index + (dash[1] ?? '').length).trim(), caption.slice(dash.index + dash[0].length)]
    : [caption];
  return parts.flatMap((part) => wrapText(part, room, px, measure));
}
