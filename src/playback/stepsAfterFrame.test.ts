// @vitest-environment jsdom
import { motionValue } from 'framer-motion';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimStore, selectTrace, type SimState } from '../store';
import { startPlaybackDriver } from './playbackDriver';
import { stepsAfterFrame } from './stepsAfterFrame';
import { runNextFrame, startFakeFrames, stopFakeFrames } from './testing/fakeFrames';

/**
 * The diagram's view of the store, with the real playback driver moving a real playhead on fake
 * animation frames: what the diagram hears of each change, and when.
 */
describe('the diagram hears of a step forward after the frame that shows it', () => {
  beforeEach(startFakeFrames);
  afterEach(stopFakeFrames);

  const setup = ({ cursor = 3, reduced = false } = {}) => {
    const store = createSimStore({ scenario: 'close', cursor });
    const playhead = motionValue(0);
    const stopDriver = startPlaybackDriver(store, playhead, { reducedMotion: () => reduced });
    const view = stepsAfterFrame(store, playhead);
    const heard: { cursor: number; from: number }[] = [];
    const stop = view.subscribe((state: SimState, prev: SimState) => heard.push({ cursor: state.cursor, from: prev.cursor }));
    return { store, playhead, view, heard, stop: () => (stop(), stopDriver()) };
  };

  it('a step forward that glides: nothing in the key’s task, told once that frame is produced', () => {
    const { store, playhead, view, heard } = setup();
    const before = playhead.get();
    store.getState().stepForward();
    expect(heard).toEqual([]);
    // The diagram reads the step it was told of: the one its picture shows.
    expect(view.getState().cursor).toBe(3);
    vi.advanceTimersToNextFrame();
    // The glide's first frame leaves the playhead where it was: that frame shows the diagram as before.
    expect(playhead.get()).toBe(before);
    vi.advanceTimersByTime(1);
    expect(heard).toEqual([{ cursor: 4, from: 3 }]);
    expect(view.getState().cursor).toBe(4);
  });

  it('a glide’s first frame leaves the playhead at the step before, at every step of a long scenario', () => {
    const store = createSimStore({ scenario: 'syn-flood' });
    const playhead = motionValue(0);
    const stopDriver = startPlaybackDriver(store, playhead, { reducedMotion: () => false });
    const trace = selectTrace(store.getState());
    const moved: number[] = [];
    for (let step = 0; step < trace.steps.length; step++) {
      // At rest at the step: a seek elsewhere first, since seeking to the cursor itself changes nothing.
      store.getState().seek(step + 1);
      store.getState().seek(step);
      const at = playhead.get();
      store.getState().stepForward();
      vi.advanceTimersToNextFrame();
      if (playhead.get() !== at) moved.push(step + 1);
    }
    stopDriver();
    expect(moved).toEqual([]);
  });

  it('with reduced motion the playhead jumps to the step in the key’s task, and the step is told with it', () => {
    const { store, heard } = setup({ reduced: true });
    store.getState().stepForward();
    expect(heard).toEqual([{ cursor: 4, from: 3 }]);
  });

  it('a second key before the frame skips the glide: both steps are told at once, as one change', () => {
    const { store, heard } = setup();
    store.getState().stepForward();
    store.getState().stepForward();
    expect(heard).toEqual([{ cursor: 5, from: 3 }]);
    runNextFrame();
    expect(heard).toHaveLength(1);
  });

  it('a step back, a jump, a new scenario and a selection are told at once', () => {
    const { store, heard } = setup({ cursor: 6 });
    store.getState().stepBack();
    store.getState().seek(2);
    store.getState().selectSegment(1);
    store.getState().loadScenario('handshake');
    expect(heard.map((change) => change.cursor)).toEqual([5, 2, 2, 0]);
  });

  it('a step forward that also changes the selection is told at once', () => {
    const { store, heard } = setup();
    store.setState({ cursor: 4, selectedSegment: 2 });
    expect(heard).toEqual([{ cursor: 4, from: 3 }]);
  });

  it('every follower of one store and playhead hears of the step in the same task', () => {
    const { store, playhead, heard } = setup();
    const again: number[] = [];
    const stop = stepsAfterFrame(store, playhead).subscribe((state) => again.push(state.cursor));
    store.getState().stepForward();
    expect(again).toEqual([]);
    runNextFrame();
    expect(heard.map((change) => change.cursor)).toEqual([4]);
    expect(again).toEqual([4]);
    stop();
  });

  it('with no follower left, a step waits for nobody and the view reads the store', () => {
    const { store, view, heard, stop } = setup();
    stop();
    store.getState().stepForward();
    runNextFrame();
    expect(heard).toEqual([]);
    expect(view.getState().cursor).toBe(4);
  });
});
