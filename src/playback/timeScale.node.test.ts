import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_OPTIONS, simulateScenario, TIME_WAIT_PRESETS } from '../engine';
import { buildPace, BREAK_DWELL_MS, MAX_STEP_MS, MIN_STEP_MS, stepDurationMs } from './stepDuration';
import { BREAK_FLIGHTS, buildTimeScale, IDLE_FLIGHTS, MIN_SPAN_FLIGHTS, timeScale } from '../export/ladder/timeScale';

const flight = (sentAt: number, arrivesAt: number) => ({ sentAt, arrivesAt });

describe('time scale: the one idle-gap rule', () => {
  it('keeps a span with a segment in flight to scale, however long', () => {
    const scale = timeScale([0, 100, 5000], [flight(0, 100), flight(100, 5000)], 100);
    expect(scale.breaks).toEqual([]);
    expect(scale.toScreen(5000) - scale.toScreen(100)).toBeCloseTo(4900);
  });

  it(`squeezes an idle span longer than ${IDLE_FLIGHTS} flights to ${BREAK_FLIGHTS} of a flight, and reports it`, () => {
    const scale = timeScale([0, 100, 60_100], [flight(0, 100)], 100);
    expect(scale.breaks).toEqual([{ fromT: 100, toT: 60_100, fromS: 100, toS: 100 + BREAK_FLIGHTS * 100, realMs: 60_000 }]);
    expect(scale.end).toBeCloseTo(100 + BREAK_FLIGHTS * 100);
  });

  it('leaves an idle span of up to three flights alone', () => {
    const scale = timeScale([0, 100, 400], [flight(0, 100)], 100);
    expect(scale.breaks).toEqual([]);
    expect(scale.toScreen(400)).toBeCloseTo(400);
  });

  it(`pushes events closer than ${MIN_SPAN_FLIGHTS} of a flight apart (a SYN flood's 10 ms)`, () => {
    const scale = timeScale([0, 10, 20, 100, 110, 120], [flight(0, 100), flight(10, 110), flight(20, 120)], 100);
    expect(scale.toScreen(10) - scale.toScreen(0)).toBeCloseTo(MIN_SPAN_FLIGHTS * 100);
    expect(scale.toScreen(20) - scale.toScreen(10)).toBeCloseTo(MIN_SPAN_FLIGHTS * 100);
  });

  it('reads both ways: toTime undoes toScreen, and both clamp at the ends', () => {
    const scale = buildTimeScale(simulateScenario('close', DEFAULT_OPTIONS));
    for (const t of [0, 50, 100, 333, 840, 1300, 30_000, 61_300]) expect(scale.toTime(scale.toScreen(t))).toBeCloseTo(t, 6);
    expect(scale.toScreen(-5)).toBe(0);
    expect(scale.toScreen(1e9)).toBe(scale.end);
  });

  it('covers the horizon of a run that was stopped early', () => {
    const trace = simulateScenario('syn-flood', DEFAULT_OPTIONS);
    expect(trace.horizon).not.toBeNull();
    expect(buildTimeScale(trace).points.at(-1)?.t).toBe(trace.horizon);
  });

  it('is the scale of the typical flight, whatever latency the learner picked', () => {
    const slow = buildTimeScale(simulateScenario('close', { ...DEFAULT_OPTIONS, latencyMs: 400 }));
    expect(slow.flightMs).toBe(400);
    // 2MSL less the last ACK's flight: still squeezed to half a flight.
    const wait = slow.breaks.at(-1);
    expect(wait?.realMs).toBe(TIME_WAIT_PRESETS.linux - 400);
    expect((wait?.toS ?? 0) - (wait?.fromS ?? 0)).toBeCloseTo(BREAK_FLIGHTS * 400);
  });
});

describe('playback pace', () => {
  const scale = buildTimeScale(simulateScenario('close', DEFAULT_OPTIONS));
  const pace = buildPace(scale);

  it('spends extra time in each break, so a 60 s wait is felt', () => {
    const wait = scale.breaks.at(-1);
    if (!wait) throw new Error('close has a TIME-WAIT break');
    const crossing = pace.at(wait.toT) - pace.at(wait.fromT);
    const sameDistanceInFlight = pace.at(wait.toS - wait.fromS) - pace.at(0);
    expect(crossing - sameDistanceInFlight).toBeCloseTo(BREAK_DWELL_MS);
  });

  it('reads both ways', () => {
    for (const t of [0, 150, 900, 45_000]) expect(pace.timeAt(pace.at(t))).toBeCloseTo(t, 6);
  });

  it('keeps every step between the shortest and the longest pause', () => {
    const trace = simulateScenario('syn-flood', DEFAULT_OPTIONS);
    const floodScale = buildTimeScale(trace);
    let previous = 0;
    for (const step of trace.steps) {
      const ms = stepDurationMs(floodScale, previous, step.t, 1);
      expect(ms).toBeGreaterThanOrEqual(MIN_STEP_MS);
      expect(ms).toBeLessThanOrEqual(MAX_STEP_MS);
      previous = step.t;
    }
  });
});

describe('time scale: idle spans in a long session', () => {
  it('a span between two event times is squeezed exactly when no flight is in the air during it (every flight checked)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 3000 })).map(([sentAt, d]) => flight(sentAt, sentAt + d)),
          { maxLength: 40 },
        ),
        fc.array(fc.integer({ min: 0, max: 9000 }), { maxLength: 20 }),
        (flights, steps) => {
          const times = [...steps, ...flights.flatMap((f) => [f.sentAt, f.arrivesAt])];
          const scale = timeScale(times, flights, 100);
          const knots = [...new Set([0, ...times])].sort((a, b) => a - b);
          const idle = knots.slice(1).flatMap((t, i) => {
            const from = knots[i] as number;
            const inAir = flights.some((f) => f.sentAt < t && f.arrivesAt > from);
            return !inAir && t - from > IDLE_FLIGHTS * 100 ? [[from, t]] : [];
          });
          expect(scale.breaks.map((b) => [b.fromT, b.toT])).toEqual(idle);
        },
      ),
      { seed: 10, numRuns: 300 },
    );
  });
});
