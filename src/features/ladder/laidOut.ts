/**
 * The ladder's words and layout for a trace, remembered: laying out a 1,600-step sandbox session
 * is the costly part of drawing it (issue 10 item 10). Two ways to be quick:
 *   - a trace drawn lately at this size is found again (Undo, leaving the sandbox and coming back);
 *   - a trace that continues the one drawn last (a call at the end of the story: the same steps
 *     and segments, more after them) reuses its arrows' words for the segments the two share,
 *     and the arrow objects laid out exactly as before, so only the new arrows render.
 * The layout itself is made from scratch (an incremental one was built and proved equal, but its
 * code did not fit the first paint's budget).
 */
import { segmentAttribution, type Trace, type TraceSegment } from '../../engine';
import { finishSlices, ladderLayoutInSlices, type LadderLayout, type LadderViewport } from '../../export/ladder/layout';
import type { MeasureText } from '../../export/ladder/textMeasure';
import { arrowText, ladderText, type ArrowText } from '../../ui/ladder-words/arrowText';
import { seqContext, type SeqMode, type Translate } from '../../ui/seq-format';

export interface LaidOut {
  readonly trace: Trace;
  readonly viewport: LadderViewport;
  readonly seqMode: SeqMode;
  readonly t: Translate;
  readonly measure: MeasureText;
  readonly texts: readonly ArrowText[];
  readonly layout: LadderLayout;
}

/** A trace is immutable and the store keeps the last few (traceSelectors): their layouts stay findable. */
const layouts = new WeakMap<Trace, LaidOut[]>();
/** The box of a guided scenario and of the sandbox differ: room for both, and a phone turned. */
const LAYOUTS_PER_TRACE = 3;
/** The layout made last: a call at the end of the story reuses its arrows' words. */
let latest: LaidOut | null = null;

/** Measured again after a mode switch, the box's size is a new object with the same numbers. */
const sameViewport = (a: LadderViewport, b: LadderViewport): boolean =>
  a.width === b.width && a.fontPx === b.fontPx && a.height === b.height;

const sameWords = (entry: LaidOut, viewport: LadderViewport, seqMode: SeqMode, t: Translate, measure: MeasureText): boolean =>
  sameViewport(entry.viewport, viewport) && entry.seqMode === seqMode && entry.t === t && entry.measure === measure;

/** The layout made lately for `trace` in these words and this box, if any. */
const madeAlready = (trace: Trace, viewport: LadderViewport, seqMode: SeqMode, t: Translate, measure: MeasureText): LaidOut | undefined =>
  layouts.get(trace)?.find((m) => sameWords(m, viewport, seqMode, t, measure));

export function laidOut(trace: Trace, viewport: LadderViewport, seqMode: SeqMode, t: Translate, measure: MeasureText): LaidOut {
  return finishSlices(laidOutInSlices(trace, viewport, seqMode, t, measure));
}

/**
 * `laidOut` in slices: a pause (a yield) after the arrows' words, then the layout's own
 * (ladderLayoutInSlices: between the stages of each trial layout of the fitting). The page lays
 * out its first diagram this way, a few slices per task, so the layout's cold start (a cold JIT,
 * the canvas's first use of each font size) and its fitting are not one long task (issue 8: total
 * blocking time); `laidOut` then finds it made.
 */
export function* laidOutInSlices(
  trace: Trace,
  viewport: LadderViewport,
  seqMode: SeqMode,
  t: Translate,
  measure: MeasureText,
): Generator<void, LaidOut, void> {
  const found = madeAlready(trace, viewport, seqMode, t, measure);
  if (found) return found;
  // Only the latest layout in the same words can lend its words: the segments both traces share
  // are worded the same only in the same language, notation and box.
  const before = latest !== null && sameWords(latest, viewport, seqMode, t, measure) ? latest : null;
  const texts = arrowTexts(trace, seqMode, t, before);
  yield;
  const layout = withArrowsOf(before, yield* ladderLayoutInSlices(trace, viewport, ladderText(texts, t, measure)));
  const entry: LaidOut = { trace, viewport, seqMode, t, measure, texts, layout };
  // Looked for again: while this was in slices, the same layout may have been made at once.
  const madeMeanwhile = madeAlready(trace, viewport, seqMode, t, measure);
  if (madeMeanwhile) return madeMeanwhile;
  layouts.set(trace, [entry, ...(layouts.get(trace) ?? [])].slice(0, LAYOUTS_PER_TRACE));
  latest = entry;
  return entry;
}

/**
 * Each arrow's words. A segment the earlier trace has too (the very same record: a continued run
 * keeps them) says the same, unless relative numbering counts it differently in the new trace.
 */
function arrowTexts(trace: Trace, seqMode: SeqMode, t: Translate, before: LaidOut | null): ArrowText[] {
  const ctx = seqContext(seqMode, trace);
  const reusable = (segment: TraceSegment, i: number): ArrowText | undefined => {
    if (!before || before.trace.segments[i] !== segment) return undefined;
    if (seqMode === 'relative' && !sameNumbering(before.trace, trace, segment)) return undefined;
    return before.texts[i];
  };
  return trace.segments.map((segment, i) => reusable(segment, i) ?? arrowText(segment, ctx, t));
}

/**
 * `layout` with the earlier layout's arrow objects wherever an arrow is laid out exactly as it
 * was: each arrow is a memoised component keyed by segment id, so after a call only the arrows
 * it added or moved render, not every arrow on screen (issue 10: a call does the work of what it
 * adds). The arrows' words are reused the same way (arrowTexts).
 */
function withArrowsOf(before: LaidOut | null, layout: LadderLayout): LadderLayout {
  if (!before) return layout;
  const old = before.layout.arrows;
  let kept = 0;
  const arrows = layout.arrows.map((arrow, i) => {
    const was = old[i];
    if (was === undefined || !sameData(was, arrow)) return arrow;
    kept++;
    return was;
  });
  return kept === 0 ? layout : { ...layout, arrows };
}

/** Equal as data: numbers, strings, booleans and null, in arrays and plain objects (a layout is nothing else). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function sameNumbering(a: Trace, b: Trace, segment: TraceSegment): boolean {
  const [x, y] = [segmentAttribution(a, segment), segmentAttribution(b, segment)];
  const same = (p: (typeof x)['seq'] | null, q: (typeof x)['seq'] | null) =>
    p === q || (p !== null && q !== null && p.kind === q.kind && (p.kind !== 'relative' || (q.kind === 'relative' && p.isn === q.isn)));
  return x.startsIncarnation === y.startsIncarnation && same(x.seq, y.seq) && same(x.ack, y.ack);
}
