/**
 * The ladder's vertical axis: which moment of the trace is drawn at which y, and where each note
 * beside the lifelines sits. Pure.
 */
import type { Side, TraceStep } from '../../engine';
import type { TimeScale } from './timeScale';

export interface Moment {
  readonly t: number;
  readonly y: number;
}

/**
 * Where each moment of the trace is drawn. Time runs down through the shared time scale, one
 * factor (pxPerS) turning screen time into pixels, with two departures, both so that the picture
 * follows what happened rather than the clock alone:
 *   - steps one side takes at the same instant (a FIN arrives and the application closes at once;
 *     two segments arrive together) get a row each, in the order the engine processed them, so a
 *     state change is drawn at the arrival that caused it and a state passed through in the same
 *     instant still has its place on the lifeline;
 *   - a moment is pushed down until the notes of its side above it (state names, what the
 *     application saw, timers) end, so every note sits at its moment.
 */
export interface TimeAxis {
  readonly scale: TimeScale;
  readonly pxPerS: number;
  /** y of t = 0: the first moment, below the initial states. */
  readonly top: number;
  /** In the order things happened: t never decreases, y strictly increases. */
  readonly moments: readonly Moment[];
  /** For each step (by index): its time and the moment (row) it is drawn at. */
  readonly steps: readonly { readonly t: number; readonly moment: number }[];
}

/** What the axis needs to know of a note: whose, the step it belongs to (−1: from the start), its height. */
export interface NoteBox {
  readonly side: Side;
  readonly step: number;
  readonly height: number;
  /**
   * 'band': a state name written down inside its band (phones), which must end before the side's
   * next state begins; 'column' (the default): a note in the side's notes column.
   */
  readonly channel?: 'column' | 'band';
}

export interface AxisSpacing {
  /** y of the initial states (above t = 0), and of t = 0. */
  readonly bandTop: number;
  readonly top: number;
  /** Least distance between two rows of one instant. */
  readonly rowPx: number;
  /** A note starts this far below its moment; notes of one side are this far apart. */
  readonly noteInset: number;
  readonly noteGap: number;
}

/**
 * The row of each step within its instant: a step shares the row of the steps before it at the
 * same time unless its side already acted in that row. Steps of the two sides at one instant
 * cannot affect each other (every flight takes time), so they share a row; two steps of one side
 * are drawn one under the other in the engine's order.
 */
export function stepRows(steps: readonly Pick<TraceStep, 't' | 'side'>[]): number[] {
  const rows: number[] = [];
  let t = Number.NaN;
  let row = 0;
  let acted = new Set<Side>();
  for (const step of steps) {
    if (step.t !== t) {
      t = step.t;
      row = 0;
      acted = new Set();
    } else if (acted.has(step.side)) {
      row++;
      acted = new Set();
    }
    acted.add(step.side);
    rows.push(row);
  }
  return rows;
}

/**
 * Lays out the moments top-down, and each side's notes below the moment they belong to. A moment
 * with notes is drawn below the notes of that side above it, so notes never have to be pushed
 * away from their moment (the "now" line runs between the lifelines, not across the notes).
 * Returns the axis and, for each note in `notes`, the y of its box's top (same order).
 */
export function buildAxis<N extends NoteBox>(
  steps: readonly Pick<TraceStep, 't' | 'side'>[],
  scale: TimeScale,
  pxPerS: number,
  spacing: AxisSpacing,
  notes: readonly N[],
): { axis: TimeAxis; tops: number[] } {
  const { slots, stepMoment } = momentSlots(steps, scale);
  const byMoment = new Map<number, number[]>();
  notes.forEach((note, i) => {
    const key = note.step < 0 ? -1 : (stepMoment[note.step] ?? 0);
    byMoment.set(key, [...(byMoment.get(key) ?? []), i]);
  });
  const tops: number[] = notes.map(() => 0);
  const bottom = new Map<string, number>();
  const lane = (note: NoteBox) => `${note.side}:${note.channel ?? 'column'}`;
  const hang = (key: number, y: number) => {
    for (const i of byMoment.get(key) ?? []) {
      const note = notes[i] as N;
      const top = Math.max(y + spacing.noteInset, (bottom.get(lane(note)) ?? -Infinity) + spacing.noteGap);
      tops[i] = top;
      bottom.set(lane(note), top + note.height);
    }
  };

  hang(-1, spacing.bandTop);
  const moments: Moment[] = [];
  slots.forEach((slot, i) => {
    const prev = slots[i - 1];
    const before = moments[i - 1];
    const natural = !prev || !before ? spacing.top : before.y + (prev.t === slot.t ? spacing.rowPx : (slot.s - prev.s) * pxPerS);
    // Room for this moment's notes below the ones above them on the same side.
    const lanes = new Set((byMoment.get(i) ?? []).map((n) => lane(notes[n] as N)));
    const clear = Math.max(-Infinity, ...[...lanes].map((key) => (bottom.get(key) ?? -Infinity) + spacing.noteGap - spacing.noteInset));
    const y = Math.max(natural, clear);
    moments.push({ t: slot.t, y });
    hang(i, y);
  });
  const axis: TimeAxis = {
    scale,
    pxPerS,
    top: moments[0]?.y ?? spacing.top,
    moments,
    steps: steps.map((step, i) => ({ t: step.t, moment: stepMoment[i] ?? 0 })),
  };
  return { axis, tops };
}

/**
 * One slot per row of each instant of the time scale (two steps one side takes at once are two
 * rows), and the slot each step is drawn at.
 */
function momentSlots(steps: readonly Pick<TraceStep, 't' | 'side'>[], scale: TimeScale) {
  const rows = stepRows(steps);
  const rowsAt = new Map<number, number>();
  steps.forEach((step, i) => rowsAt.set(step.t, Math.max(rowsAt.get(step.t) ?? 1, (rows[i] ?? 0) + 1)));
  const slots: { t: number; s: number }[] = [];
  const slotOf = new Map<string, number>();
  for (const point of scale.points) {
    for (let row = 0; row < (rowsAt.get(point.t) ?? 1); row++) {
      slotOf.set(`${point.t}#${row}`, slots.length);
      slots.push({ t: point.t, s: point.s });
    }
  }
  return { slots, stepMoment: steps.map((step, i) => slotOf.get(`${step.t}#${rows[i] ?? 0}`) ?? 0) };
}

/**
 * y for a time: at an instant with several rows, its first; between two instants, along the line
 * from the last row of one to the first of the next. Clamps at both ends.
 */
export function timeToY(axis: TimeAxis, t: number): number {
  const { moments } = axis;
  const first = moments[0];
  const last = moments.at(-1);
  if (!first || !last) return axis.top;
  if (t <= first.t) return first.y;
  if (t > last.t) return last.y;
  // The first moment at or after t.
  let lo = 0;
  let hi = moments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((moments[mid] as Moment).t < t) lo = mid + 1;
    else hi = mid;
  }
  const next = moments[lo] as Moment;
  const prev = moments[lo - 1];
  if (next.t === t || !prev) return next.y;
  return prev.y + ((t - prev.t) / (next.t - prev.t)) * (next.y - prev.y);
}

/** The row of a step. */
export function stepY(axis: TimeAxis, step: number): number {
  const entry = axis.steps[step];
  return entry ? (axis.moments[entry.moment]?.y ?? axis.top) : axis.top;
}

/** The y of the last moment at time t (after every row of that instant). */
export function afterY(axis: TimeAxis, t: number): number {
  let y = timeToY(axis, t);
  for (const moment of axis.moments) if (moment.t === t) y = Math.max(y, moment.y);
  return y;
}

/**
 * Where the "now" line is: with the playhead resting on the time of the last step that has
 * happened, at that step's row (two steps of one instant are two rows); otherwise at the time.
 */
export function playheadY(axis: TimeAxis, now: number, settled: number): number {
  const last = axis.steps[settled - 1];
  if (last && Math.abs(last.t - now) < 1e-6) return stepY(axis, settled - 1);
  return timeToY(axis, now);
}
