import type { Trace } from '../../engine';
import { piecewise } from './piecewise';

/**
 * The one rule for how logical time is laid out on screen, shared by the ladder's vertical axis
 * and the playback pace, so the playhead always moves over the diagram at the speed the diagram
 * implies.
 *
 * "Screen time" is measured in milliseconds of a typical flight: a span with a segment in flight
 * keeps its true length, so arrows keep their proportions. Two adjustments, both in units of the
 * typical one-way flight (whatever latency the learner picked):
 *   - an idle span (nothing in flight) longer than IDLE_FLIGHTS flights — TIME-WAIT's 2MSL, an RTO
 *     back-off, an application thinking — is squeezed to BREAK_FLIGHTS and reported as a break,
 *     so the diagram can mark it with its real duration;
 *   - two distinct event times closer than MIN_SPAN_FLIGHTS are pushed apart to that distance, so
 *     segments sent 10 ms apart (a SYN flood) get their own rows instead of one smudge.
 */
export const IDLE_FLIGHTS = 3;
export const BREAK_FLIGHTS = 0.5;
export const MIN_SPAN_FLIGHTS = 0.6;
/** Typical flight when a trace has none (a refused connect with no answer). */
export const DEFAULT_FLIGHT_MS = 100;

export interface Flight {
  readonly sentAt: number;
  readonly arrivesAt: number;
}

/** A compressed idle span, in logical time and in screen time. */
export interface TimeBreak {
  readonly fromT: number;
  readonly toT: number;
  readonly fromS: number;
  readonly toS: number;
  /** The real duration the break stands for. */
  readonly realMs: number;
}

export interface ScalePoint {
  /** Logical time, ms. */
  readonly t: number;
  /** Screen time, ms of a typical flight. */
  readonly s: number;
}

export interface TimeScale {
  /** The typical one-way flight, ms: the unit the rules above are written in. */
  readonly flightMs: number;
  /** Strictly increasing in both t and s; times in between interpolate linearly. */
  readonly points: readonly ScalePoint[];
  readonly breaks: readonly TimeBreak[];
  /** Logical → screen time; clamps to the first and last point. */
  toScreen(t: number): number;
  /** Screen → logical time (the inverse of toScreen); clamps likewise. */
  toTime(s: number): number;
  /** Screen time of the last point. */
  readonly end: number;
}

function median(values: readonly number[], fallback: number): number {
  if (values.length === 0) return fallback;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? fallback;
}

/** The typical one-way flight of a set of segments: the median of their travel times. */
export function typicalFlightMs(flights: readonly Flight[]): number {
  return median(
    flights.map((f) => f.arrivesAt - f.sentAt).filter((d) => d > 0),
    DEFAULT_FLIGHT_MS,
  );
}

/**
 * Builds the scale over every event time (each step, each send and arrival) and the flights that
 * decide which spans are idle. Every sentAt and arrivesAt must be among `times`, so a flight
 * covers an elementary span entirely or not at all.
 */
export function timeScale(times: readonly number[], flights: readonly Flight[], flightMs = typicalFlightMs(flights)): TimeScale {
  const knots = [...new Set([0, ...times])].sort((a, b) => a - b);
  const points: ScalePoint[] = [];
  const breaks: TimeBreak[] = [];
  const inFlight = flightsOver(flights);
  let s = 0;
  knots.forEach((t, i) => {
    const prev = knots[i - 1];
    if (prev !== undefined) {
      const gap = t - prev;
      if (!inFlight(prev, t) && gap > IDLE_FLIGHTS * flightMs) {
        const span = BREAK_FLIGHTS * flightMs;
        breaks.push({ fromT: prev, toT: t, fromS: s, toS: s + span, realMs: gap });
        s += span;
      } else {
        s += Math.max(gap, MIN_SPAN_FLIGHTS * flightMs);
      }
    }
    points.push({ t, s });
  });
  return {
    flightMs,
    points,
    breaks,
    toScreen: (t) => piecewise(points, t, 't', 's'),
    toTime: (screen) => piecewise(points, screen, 's', 't'),
    end: points.at(-1)?.s ?? 0,
  };
}

/**
 * "Is some flight in the air during (from, to)?", i.e. sent before `to` and arriving after
 * `from`, without scanning every flight for every span (a long sandbox session has thousands of
 * both): flights sorted by send time with the latest arrival so far; among those sent before
 * `to`, the latest arrival decides.
 */
function flightsOver(flights: readonly Flight[]): (from: number, to: number) => boolean {
  const sorted = [...flights].sort((a, b) => a.sentAt - b.sentAt);
  const sent = sorted.map((f) => f.sentAt);
  let latest = -Infinity;
  const latestArrival = sorted.map((f) => (latest = Math.max(latest, f.arrivesAt)));
  return (from, to) => {
    let lo = 0;
    let hi = sent.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sent[mid] as number) < to) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (latestArrival[lo - 1] as number) > from;
  };
}

/** The scale of a whole trace, including where the run was cut off (its horizon). */
export function buildTimeScale(trace: Trace): TimeScale {
  const times = [
    ...trace.steps.map((step) => step.t),
    ...trace.segments.flatMap((segment) => [segment.sentAt, segment.arrivesAt]),
    ...(trace.horizon !== null ? [trace.horizon] : []),
  ];
  return timeScale(times, trace.segments);
}
