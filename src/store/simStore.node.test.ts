import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_OPTIONS } from '../engine';
import { createSimStore } from './simStore';
import { selectCanStepBack, selectCanStepForward, selectCurrentStep, selectSnapshot, selectStepCount, selectTrace } from './traceSelectors';
import { nextSpeed } from './speed';

const stepCount = (store: ReturnType<typeof createSimStore>) => selectStepCount(store.getState());

describe('sim store', () => {
  it('starts paused at the beginning of the three-way handshake', () => {
    const s = createSimStore().getState();
    expect(s.scenario).toBe('handshake');
    expect(s.cursor).toBe(0);
    expect(s.playing).toBe(false);
    expect(selectCurrentStep(s)).toBeNull();
    expect(selectCanStepBack(s)).toBe(false);
    expect(selectCanStepForward(s)).toBe(true);
  });

  it('stepForward applies one step; the current step is steps[cursor-1]', () => {
    const store = createSimStore();
    store.getState().stepForward();
    const s = store.getState();
    expect(s.cursor).toBe(1);
    expect(selectCurrentStep(s)).toBe(selectTrace(s).steps[0]);
    expect(selectSnapshot(s)).toBe(selectTrace(s).steps[0]?.after);
  });

  it('stepping past the end pauses and stays at the end', () => {
    const store = createSimStore();
    store.getState().goToEnd();
    store.getState().play();
    // play at the end replays from the start
    expect(store.getState().cursor).toBe(0);
    store.getState().seek(stepCount(store));
    store.setState({ playing: true });
    store.getState().stepForward();
    expect(store.getState().cursor).toBe(stepCount(store));
    expect(store.getState().playing).toBe(false);
  });

  it('stepBack, seek and goToStart pause playback', () => {
    const store = createSimStore({ cursor: 2 });
    store.getState().play();
    store.getState().stepBack();
    expect(store.getState()).toMatchObject({ cursor: 1, playing: false });
    store.getState().play();
    store.getState().seek(3);
    expect(store.getState()).toMatchObject({ cursor: 3, playing: false });
    store.getState().goToStart();
    expect(store.getState().cursor).toBe(0);
  });

  it('seek clamps to 0..steps and ignores non-numbers', () => {
    const store = createSimStore();
    store.getState().seek(9999);
    expect(store.getState().cursor).toBe(stepCount(store));
    store.getState().seek(-4);
    expect(store.getState().cursor).toBe(0);
    store.getState().seek(Number.NaN);
    expect(store.getState().cursor).toBe(0);
  });

  it('togglePlay flips between playing and paused', () => {
    const store = createSimStore();
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(true);
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(false);
  });

  it('loadScenario starts the new scenario paused at step 0', () => {
    const store = createSimStore({ cursor: 3, playing: true, selectedSegment: 2 });
    store.getState().loadScenario('close');
    expect(store.getState()).toMatchObject({ scenario: 'close', cursor: 0, playing: false, selectedSegment: null });
  });

  it('speed stays within 0.25–4', () => {
    const store = createSimStore();
    store.getState().setSpeed(10);
    expect(store.getState().speed).toBe(4);
    store.getState().setSpeed(0);
    expect(store.getState().speed).toBe(0.25);
    expect(nextSpeed(1, 1)).toBe(1.5);
    expect(nextSpeed(1, -1)).toBe(0.75);
    expect(nextSpeed(4, 1)).toBe(4);
    expect(nextSpeed(0.25, -1)).toBe(0.25);
  });

  it('the trace is memoised on option values, not object identity', () => {
    const a = selectTrace({ scenario: 'handshake', options: { ...DEFAULT_OPTIONS } });
    const b = selectTrace({ scenario: 'handshake', options: { ...DEFAULT_OPTIONS } });
    const c = selectTrace({ scenario: 'handshake', options: { ...DEFAULT_OPTIONS, isnClient: 42 } });
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('a step reads the trace it already has, without keying the options again (issue 8: every subscriber reads it)', () => {
    const store = createSimStore({ scenario: 'close' });
    const trace = selectTrace(store.getState());
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      store.getState().stepForward();
      expect(selectTrace(store.getState())).toBe(trace);
      expect(stringify).not.toHaveBeenCalled();
    } finally {
      stringify.mockRestore();
    }
  });

  it('pausing what is already paused changes nothing and notifies no one (the → key pauses, then steps)', () => {
    const store = createSimStore({ scenario: 'close', cursor: 2 });
    const notified = vi.fn();
    const unsubscribe = store.subscribe(notified);
    store.getState().pause();
    expect(notified).not.toHaveBeenCalled();
    store.getState().play();
    store.getState().pause();
    expect(store.getState().playing).toBe(false);
    expect(notified).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it("another scenario under the same options object is that scenario's trace", () => {
    const options = { ...DEFAULT_OPTIONS };
    const handshake = selectTrace({ scenario: 'handshake', options });
    const close = selectTrace({ scenario: 'close', options });
    expect(close).not.toBe(handshake);
    expect(close).toBe(selectTrace({ scenario: 'close', options: { ...DEFAULT_OPTIONS } }));
    expect(selectTrace({ scenario: 'handshake', options })).toBe(handshake);
  });

  it('setOptions merges, keeps the cursor in range and pauses', () => {
    const store = createSimStore({ cursor: 2, playing: true });
    store.getState().setOptions({ isnClient: 42 });
    expect(store.getState().options).toEqual({ ...DEFAULT_OPTIONS, isnClient: 42 });
    expect(store.getState()).toMatchObject({ cursor: 2, playing: false });
  });

  it('notices can be shown and dismissed', () => {
    const store = createSimStore();
    store.getState().showNotice({ key: 'notice.linkDamaged' });
    expect(store.getState().notice).toEqual({ key: 'notice.linkDamaged' });
    store.getState().dismissNotice();
    expect(store.getState().notice).toBeNull();
  });

  it('an embedded view locked to steps 3..5 never leaves them: next, back, seek, start, end and play', () => {
    const store = createSimStore({ scenario: 'close', embed: { from: 3, to: 5 }, cursor: 3 });
    const { stepBack, stepForward, seek, goToStart, goToEnd, play } = store.getState();
    stepBack();
    expect(store.getState().cursor).toBe(3);
    stepForward();
    stepForward();
    stepForward();
    expect(store.getState().cursor).toBe(5);
    seek(0);
    expect(store.getState().cursor).toBe(3);
    seek(99);
    expect(store.getState().cursor).toBe(5);
    goToStart();
    expect(store.getState().cursor).toBe(3);
    goToEnd();
    expect(store.getState().cursor).toBe(5);
    play();
    expect(store.getState()).toMatchObject({ cursor: 3, playing: true });
  });
});
