import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { flushLink, LINK_IDLE_MS, startLinkSync } from './linkSync';
import { createSimStore, type SimState } from './simStore';
import { selectTrace } from './traceSelectors';

const traceOf = (state: SimState) => selectTrace(state);

// A .tsx test so it runs in the jsdom project (it needs window.location and history).
describe('link sync', () => {
  let stop = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
    vi.restoreAllMocks();
    history.replaceState(null, '', '#');
  });

  it('writes the moment into the hash with replaceState, not one history entry per step', () => {
    const store = createSimStore({ scenario: 'close' });
    stop = startLinkSync(store);
    const before = history.length;
    store.getState().stepForward();
    store.getState().stepForward();
    vi.advanceTimersByTime(LINK_IDLE_MS);
    expect(location.hash).toBe('#s=close&step=2&lang=en&seq=rel');
    expect(history.length).toBe(before);
  });

  it('a capture cannot travel in a link: the address names no moment while it plays, and a scenario link again after', () => {
    const store = createSimStore({ scenario: 'close' });
    stop = startLinkSync(store);
    store.getState().stepForward();
    flushLink();
    expect(location.hash).toBe('#s=close&step=1&lang=en&seq=rel');
    // Any trace stands in for an inferred capture: the link only needs to know the mode.
    store.getState().openCapture({ trace: traceOf(createSimStore().getState()), fileName: 'lab.pcap', stream: 0 });
    store.getState().stepForward();
    flushLink();
    expect(location.hash).toBe('');
    store.getState().loadScenario('handshake');
    flushLink();
    expect(location.hash).toBe('#s=handshake&step=0&lang=en&seq=rel');
  });

  it('writes once the learner pauses, not on every step', () => {
    const store = createSimStore({ scenario: 'close' });
    stop = startLinkSync(store);
    const replaceState = vi.spyOn(history, 'replaceState');
    for (let i = 0; i < 5; i++) {
      store.getState().stepForward();
      vi.advanceTimersByTime(LINK_IDLE_MS / 2);
    }
    expect(replaceState).not.toHaveBeenCalled();
    expect(location.hash).toBe('#s=close&step=0&lang=en&seq=rel');
    // LINK_IDLE_MS after the last step, not after the first.
    vi.advanceTimersByTime(LINK_IDLE_MS / 2 - 1);
    expect(replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(location.hash).toBe('#s=close&step=5&lang=en&seq=rel');
  });

  it("once the learner pauses, writes in the browser's idle time, not in a task that may take a glide's frame", () => {
    // jsdom has no idle callbacks: a browser's, run by hand.
    const idle: IdleRequestCallback[] = [];
    Object.assign(window, { requestIdleCallback: (callback: IdleRequestCallback) => idle.push(callback), cancelIdleCallback: () => {} });
    onTestFinished(() => {
      Reflect.deleteProperty(window, 'requestIdleCallback');
      Reflect.deleteProperty(window, 'cancelIdleCallback');
    });
    const store = createSimStore({ scenario: 'close' });
    stop = startLinkSync(store);
    store.getState().stepForward();
    vi.advanceTimersByTime(LINK_IDLE_MS);
    expect(location.hash).toBe('#s=close&step=0&lang=en&seq=rel');
    expect(idle).toHaveLength(1);
    idle[0]?.({ didTimeout: false, timeRemaining: () => 50 });
    expect(location.hash).toBe('#s=close&step=1&lang=en&seq=rel');
  });

  it('copying the link or leaving the page writes it at once', () => {
    const store = createSimStore({ scenario: 'close' });
    stop = startLinkSync(store);
    store.getState().stepForward();
    flushLink();
    expect(location.hash).toBe('#s=close&step=1&lang=en&seq=rel');
    store.getState().stepForward();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(location.hash).toBe('#s=close&step=2&lang=en&seq=rel');
  });

  it('applies a hash edited by hand, paused, with a notice if it is damaged', () => {
    const store = createSimStore({ playing: true });
    stop = startLinkSync(store);
    location.hash = '#s=close&step=3';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState()).toMatchObject({ scenario: 'close', cursor: 3, playing: false, notice: null });
    location.hash = '#s=nonsense';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState()).toMatchObject({
      scenario: 'handshake',
      notice: { key: 'notice.unknownScenario', params: { name: 'nonsense' } },
    });
  });

  it('an in-page anchor (the skip link) keeps the moment on screen and puts the link back', () => {
    const target = document.createElement('footer');
    target.id = 'playback-controls';
    document.body.append(target);
    const store = createSimStore({ scenario: 'close', cursor: 4 });
    stop = startLinkSync(store);
    location.hash = '#playback-controls';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState()).toMatchObject({ scenario: 'close', cursor: 4, notice: null });
    expect(location.hash).toBe('#s=close&step=4&lang=en&seq=rel');
    target.remove();
  });
});
