import { motionValue, MotionGlobalConfig } from 'framer-motion';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimStore, selectStepCount, selectTrace, timeAtCursor } from '../store';
import { startPlaybackDriver } from './playbackDriver';
import { buildTimeScale } from '../export/ladder/timeScale';
import { stepDurationMs } from './stepDuration';

describe('playback driver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    MotionGlobalConfig.skipAnimations = false;
  });

  const setup = (reduced: boolean, cursor = 0) => {
    const store = createSimStore({ scenario: 'close', cursor });
    const playhead = motionValue(-1);
    const stop = startPlaybackDriver(store, playhead, { reducedMotion: () => reduced });
    return { store, playhead, stop, trace: selectTrace(store.getState()) };
  };

  it('puts the playhead at the time of the cursor when it starts', () => {
    const { playhead, trace } = setup(true, 7);
    expect(playhead.get()).toBe(timeAtCursor(trace, 7));
  });

  it('jumps on step back, seek and a new scenario', () => {
    const { store, playhead } = setup(true, 7);
    const trace = selectTrace(store.getState());
    store.getState().stepBack();
    expect(playhead.get()).toBe(timeAtCursor(trace, 6));
    store.getState().seek(2);
    expect(playhead.get()).toBe(timeAtCursor(trace, 2));
    store.getState().loadScenario('handshake');
    expect(playhead.get()).toBe(0);
  });

  it('with reduced motion, playing pauses on each step, then stops at the end', () => {
    const { store, playhead, trace } = setup(true);
    store.getState().play();
    expect(store.getState().cursor).toBe(1);
    expect(playhead.get()).toBe(timeAtCursor(trace, 1));
    vi.advanceTimersByTime(stepDurationMs(buildTimeScale(trace), 0, 0, 1) - 1);
    expect(store.getState().cursor).toBe(1);
    vi.runAllTimers();
    expect(store.getState().cursor).toBe(selectStepCount(store.getState()));
    expect(store.getState().playing).toBe(false);
    expect(playhead.get()).toBe(trace.endTime);
  });

  it('pausing lets the current step land and goes no further', () => {
    const { store } = setup(true);
    store.getState().play();
    store.getState().pause();
    vi.runAllTimers();
    expect(store.getState().cursor).toBe(1);
  });

  it('with animations skipped (tests), playing runs straight to the end', () => {
    MotionGlobalConfig.skipAnimations = true;
    const { store, playhead, trace } = setup(false);
    store.getState().play();
    vi.runAllTimers();
    expect(store.getState()).toMatchObject({ cursor: trace.steps.length, playing: false });
    expect(playhead.get()).toBe(trace.endTime);
  });

  describe('gliding (motion allowed)', () => {
    // Node has no animation frames: a frame every 16 ms of fake time, stamped with fake time.
    beforeEach(() => {
      vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(Date.now()), 16));
      vi.stubGlobal('cancelAnimationFrame', (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle));
    });
    afterEach(() => vi.unstubAllGlobals());

    const glideMs = (trace: ReturnType<typeof selectTrace>, from: number, to: number) =>
      stepDurationMs(buildTimeScale(trace), timeAtCursor(trace, from), timeAtCursor(trace, to), 1);

    it('a step glides the playhead from the previous step to the new one', () => {
      const { store, playhead, trace } = setup(false, 2);
      store.getState().stepForward();
      vi.advanceTimersByTime(glideMs(trace, 2, 3) / 2);
      expect(playhead.get()).toBeGreaterThan(timeAtCursor(trace, 2));
      expect(playhead.get()).toBeLessThan(timeAtCursor(trace, 3));
      vi.advanceTimersByTime(glideMs(trace, 2, 3));
      expect(playhead.get()).toBe(timeAtCursor(trace, 3));
    });

    it('a step asked for mid-glide skips the running glide: the picture is never more than one glide behind', () => {
      // A clicker pressed 8 times, 150 ms apart, each press landing mid-glide.
      const { store, playhead, trace } = setup(false, 2);
      for (let press = 1; press <= 8; press++) {
        store.getState().stepForward();
        // The moment a step is asked for, the playhead is at least at the step before it.
        expect(playhead.get()).toBeGreaterThanOrEqual(timeAtCursor(trace, store.getState().cursor - 1));
        vi.advanceTimersByTime(150);
      }
      const cursor = store.getState().cursor;
      expect(cursor).toBe(10);
      // One glide (of the last step) later, picture and text agree.
      vi.advanceTimersByTime(glideMs(trace, cursor - 1, cursor) - 150 + 32);
      expect(playhead.get()).toBe(timeAtCursor(trace, cursor));
    });
  });

  it('stops listening when stopped', () => {
    const { store, playhead, stop } = setup(true, 3);
    stop();
    const before = playhead.get();
    store.getState().seek(8);
    expect(playhead.get()).toBe(before);
  });
});

describe('time scale', () => {
  it('squeezes an idle TIME-WAIT but keeps flights to scale', () => {
    const store = createSimStore({ scenario: 'close' });
    const trace = selectTrace(store.getState());
    const scale = buildTimeScale(trace);
    expect(scale.breaks.length).toBeGreaterThan(0);
    expect(scale.end).toBeLessThan(5000);
    expect(scale.toScreen(100) - scale.toScreen(0)).toBeCloseTo(100);
    // A 60 s wait plays in seconds, not a minute.
    expect(stepDurationMs(scale, 1300, trace.endTime, 1)).toBeLessThan(5000);
  });

  it('faster speeds shorten each step', () => {
    const scale = buildTimeScale(selectTrace(createSimStore().getState()));
    expect(stepDurationMs(scale, 0, 100, 2)).toBeCloseTo(stepDurationMs(scale, 0, 100, 1) / 2);
  });
});
