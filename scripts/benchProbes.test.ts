/**
 * The bench's in-page probe (benchBrowser.ts PROBES), run against a stand-in page: a frame is a
 * call of the queued requestAnimationFrame callbacks, the clock is set by hand. No browser, no
 * real time.
 */
import { describe, expect, it } from 'vitest';
import { PROBES } from './benchBrowser';

type Listener = (event: { timeStamp: number }) => void;

/**
 * A page with a step scrubber whose max the test changes, and the probe installed. With
 * `postTask`, the browser has `scheduler.postTask`; without it the probe falls back to a message.
 */
function probedPage({ postTask = false } = {}) {
  const listeners = new Map<string, Listener>();
  let frameCallbacks: (() => void)[] = [];
  const messages: (() => void)[] = [];
  /** Tasks the page queued before the frame (a timer, React's effects), each taking `ms`. */
  const pageTasks: number[] = [];
  const userBlocking: (() => void)[] = [];
  const scheduler = postTask ? { postTask: (task: () => void) => userBlocking.push(task) } : undefined;
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
  new Function('window', 'document', 'requestAnimationFrame', 'MessageChannel', 'PerformanceObserver', 'performance', 'scheduler', PROBES)(
    window,
    document,
    requestAnimationFrame,
    MessageChannel,
    PerformanceObserver,
    { now: () => clock.now },
    scheduler,
  );
  return {
    slider,
    input(type: 'keydown' | 'click', at: number) {
      clock.now = at;
      listeners.get(type)?.({ timeStamp: at });
    },
    /** The page queues a task of `ms` (a timer, say) that is due once the next frame is produced. */
    queueTask(ms: number) {
      pageTasks.push(ms);
    },
    /**
     * A frame produced at `at`, then what runs after it in the browser's order: user-blocking
     * tasks first, then the page's tasks queued before the frame, then the messages.
     */
    frame(at: number) {
      clock.now = at;
      const due = frameCallbacks;
      frameCallbacks = [];
      for (const callback of due) callback();
      for (const task of userBlocking.splice(0)) task();
      for (const ms of pageTasks.splice(0)) clock.now += ms;
      for (const message of messages.splice(0)) message();
    },
    /**
     * Frames back to back, as for a page that animates (a glide asks for its next frame in each):
     * each frame's callbacks run at its time, then it renders for `renderMs`; with a frame due, the
     * browser begins it before any task, so the tasks run only after the last frame.
     */
    animating(frames: readonly number[], renderMs: number) {
      for (const at of frames) {
        clock.now = at;
        const due = frameCallbacks;
        frameCallbacks = [];
        for (const callback of due) callback();
        clock.now += renderMs;
      }
      for (const task of userBlocking.splice(0)) task();
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

  it('the sample ends when the frame is produced, not after work the page queued for later (user-blocking task)', () => {
    const page = probedPage({ postTask: true });
    page.input('keydown', 100);
    page.slider.value = '1596';
    page.queueTask(5);
    page.frame(112);
    expect(page.samples()).toEqual([12]);
  });

  it("on a page that animates, the sample ends where the step's frame was produced, not after the next frame", () => {
    const page = probedPage({ postTask: true });
    page.input('keydown', 100);
    page.slider.value = '1596';
    // The step's frame begins at 103 and is produced at 107; the glide's next frame follows at once.
    page.animating([103, 107], 4);
    expect(page.samples()).toEqual([7]);
  });

  it('without scheduler.postTask, a message is the fallback: it waits behind what the page queued', () => {
    const page = probedPage();
    page.input('keydown', 100);
    page.slider.value = '1596';
    page.queueTask(5);
    page.frame(112);
    expect(page.samples()).toEqual([17]);
  });
});
