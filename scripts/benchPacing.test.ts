/**
 * The steps bench presses → only once the last step's glide has landed (landedAfterMs), so each
 * sample is its own step's first frame and not also the landing of the step before. Checked with
 * the real playback driver on a clock the test moves: no browser, no real time.
 */
import { motionValue } from 'framer-motion';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPlaybackDriver } from '../src/playback';
import type { Trace } from '../src/engine';
import { createSimStore, selectTrace, timeAtCursor } from '../src/store';
import { landedAfterMs } from './benchBrowser';

/** requestAnimationFrame on a clock the test advances, one 16 ms frame at a time (4× CPU: 64 ms). */
function frameClock(frameMs: number) {
  let now = 0;
  let queued: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => queued.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  return {
    advance(ms: number) {
      for (const end = now + ms; now + frameMs <= end;) {
        now += frameMs;
        const due = queued;
        queued = [];
        for (const callback of due) callback(now);
      }
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * Steps through the timed scenario with the real driver, pressing → `waitMs(cursor, trace, speed)`
 * after each step, and returns the steps whose glide had not landed by then.
 */
function glidesCutShort(frameMs: number, waitMs: (cursor: number, trace: Trace, speed: number) => number): number[] {
  const store = createSimStore({ scenario: 'syn-flood' });
  const trace = selectTrace(store.getState());
  const playhead = motionValue(0);
  const clock = frameClock(frameMs);
  const stop = startPlaybackDriver(store, playhead, { reducedMotion: () => false });
  const cutShort: number[] = [];
  for (let cursor = 1; cursor <= trace.steps.length; cursor++) {
    store.getState().stepForward();
    clock.advance(waitMs(cursor, trace, store.getState().speed));
    if (playhead.get() !== timeAtCursor(trace, cursor)) cutShort.push(cursor);
  }
  stop();
  return cutShort;
}

describe('the steps bench waits for each glide to land', () => {
  for (const cpuSlowdown of [1, 4]) {
    it(`at ${cpuSlowdown}× CPU, every step of the timed scenario has landed when the next → is pressed`, () => {
      const wait = (cursor: number, trace: Trace, speed: number) => landedAfterMs(trace, cursor, speed, cpuSlowdown);
      expect(glidesCutShort(16 * cpuSlowdown, wait)).toEqual([]);
    });
  }

  it('the old fixed wait (700 ms unthrottled) cut glides short: the check above can fail', () => {
    expect(glidesCutShort(16, () => 700).length).toBeGreaterThan(0);
  });
});
