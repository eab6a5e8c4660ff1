/**
 * The bench's in-page probe (benchBrowser.ts PROBES), run against a stand-in page: a frame is a
 * call of the queued requestAnimationFrame callbacks, the clock is set by hand. No browser, no
 * real time.
 */
import { describe, expect, it } from 'vitest';
import { PROBES } from './benchBrowser';

type Listener = (event: { timeStamp: number }) => void;

/** A page with a step scrubber whose max the test changes, and the probe installed. */
function probedPage() {
  const listeners = new Map<string, Listener>();
  let frameCallbacks: (() => void)[] = [];
  const messages: (() => void)[] = [];
  const clock = { now: 0 };
  const slider = { value: '1597', max: '1597' };
  const window: Record<string, unknown> = {
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  };
  const document = { querySelector: () => slider, getElementById: () => null };
  class MessageChannel {
    port1: { onmessage: (() => void) | null } = { onmessage: null };
    port2 = { postMessage: () => messages.push(() => this.port1.onmessage?.()) };
  }
  class PerformanceObserver {
    observe() {}
  }
  const requestAnimationFrame = (callback: () => void) => frameCallbacks.push(callback);
  new Function('window', 'document', 'requestAnimationFrame', 'MessageChannel', 'PerformanceObserver', 'performance', PROBES)(
    window,
    document,
    requestAnimationFrame,
    MessageChannel,
    PerformanceObserver,
    { now: () => clock.now },
  );
  return {
    slider,
    input(type: 'keydown' | 'click', at: number) {
      clock.now = at;
      listeners.get(type)?.({ timeStamp: at });
    },
    /** A frame produced at `at`, then the messages it posted. */
    frame(at: number) {
      clock.now = at;
      const due = frameCallbacks;
      frameCallbacks = [];
      for (const callback of due) callback();
      for (const message of messages.splice(0)) message();
    },
    samples: () => window.__paintLatencies as number[],
  };
}

describe('the bench times each input from its own event', () => {
  it('a click after a key that changed nothing (End at the end) is timed from the click, and the key gives no sample', () => {
    const page = probedPage();
    page.input('keydown', 100);
    page.frame(110);
    page.frame(120);
    page.input('click', 400);
    page.slider.max = '1601';
    page.frame(450);
    expect(page.samples()).toEqual([50]);
  });

  it('a key that moves the step is timed to the frame that shows it', () => {
    const page = probedPage();
    page.input('keydown', 100);
    page.frame(105);
    page.slider.value = '1596';
    page.frame(121);
    expect(page.samples()).toEqual([21]);
  });
});
