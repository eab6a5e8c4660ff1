/**
 * The ladder's vertical axis: logical time (ms) → y (px), piecewise linear. Idle spans — nothing
 * in flight, e.g. TIME-WAIT's 2MSL or an RTO back-off wait — are squeezed to a fixed height so a
 * 60 s wait does not push the rest of the diagram off screen; each is reported as a break so the
 * diagram can mark it with its real duration.
 */

export interface AxisPoint {
  readonly t: number;
  readonly y: number;
}

export interface TimeBreak {
  readonly fromT: number;
  readonly toT: number;
  /** y where the break starts; it is `height` tall. */
  readonly y: number;
  readonly height: number;
  readonly realMs: number;
}

export interface TimeAxis {
  /** Increasing in both t and y; times between points interpolate linearly. */
  readonly points: readonly AxisPoint[];
  readonly breaks: readonly TimeBreak[];
}

export interface Flight {
  readonly sentAt: number;
  readonly arrivesAt: number;
}

export interface AxisScale {
  /** y of t = 0. */
  readonly top: number;
  readonly pxPerMs: number;
  /** An idle span longer than this is compressed. */
  readonly idleThresholdMs: number;
  /** Height a compressed span gets. */
  readonly breakPx: number;
}

export function buildTimeAxis(eventTimes: readonly number[], flights: readonly Flight[], scale: AxisScale): TimeAxis {
  const times = [...new Set([0, ...eventTimes])].sort((a, b) => a - b);
  const points: AxisPoint[] = [];
  const breaks: TimeBreak[] = [];
  let y = scale.top;
  times.forEach((t, i) => {
    const prev = times[i - 1];
    if (prev !== undefined) {
      const gap = t - prev;
      // Every sentAt/arrivesAt is an axis point, so a flight covers an elementary span entirely or not at all.
      const inFlight = flights.some((f) => f.sentAt < t && f.arrivesAt > prev);
      if (!inFlight && gap > scale.idleThresholdMs) {
        breaks.push({ fromT: prev, toT: t, y, height: scale.breakPx, realMs: gap });
        y += scale.breakPx;
      } else {
        y += gap * scale.pxPerMs;
      }
    }
    points.push({ t, y });
  });
  return { points, breaks };
}

/** y for a time; before the first point or after the last it clamps (the playhead never leaves the diagram). */
export function timeToY(axis: TimeAxis, t: number): number {
  const { points } = axis;
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 0;
  if (t <= first.t) return first.y;
  if (t >= last.t) return last.y;
  let lo = 0;
  let hi = points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((points[mid] as AxisPoint).t <= t) lo = mid;
    else hi = mid;
  }
  const a = points[lo] as AxisPoint;
  const b = points[hi] as AxisPoint;
  return a.y + ((t - a.t) / (b.t - a.t)) * (b.y - a.y);
}
