import type { MotionValue } from 'framer-motion';
import { afterNextFrame, selectTrace, type SimState, type SimStore } from '../store';

/** What the diagram reads of the store: its state, and changes to follow. */
export type StoreView = Pick<SimStore, 'getState' | 'subscribe'>;

const views = new WeakMap<StoreView, WeakMap<MotionValue<number>, StoreView>>();

/**
 * The store as the diagram follows it: a step forward reaches it in a task after the frame that
 * shows the step on the scrubber, unless the playhead moves first; every other change at once
 * (issue 8, a step in one frame).
 *
 * Why the diagram can wait a frame: a step forward glides from the step before (the playback
 * driver, which hears of it at once), so the frame after the key shows the diagram as it was. The
 * diagram's followers (the "now" line, the arrows, the notes, the rows drawn, the scrolling) wrote
 * nothing that frame shows, yet ran before it: at 4× CPU, side by side, the median step went
 * 19.3 → 18.3 ms with them a frame later. From the next frame on they draw the glide from its
 * start, as before.
 *
 * The diagram never pairs a cursor with a playhead or a trace it does not belong to: the step is
 * told as soon as the playhead moves (reduced motion jumps to the step; a second key skips the
 * glide), and anything but one step forward is told at once, with a step still waiting. One view
 * per store and playhead: every follower hears of a step in the same task.
 */
export function stepsAfterFrame(store: StoreView, playhead: MotionValue<number>): StoreView {
  let byPlayhead = views.get(store);
  if (!byPlayhead) views.set(store, (byPlayhead = new WeakMap()));
  let view = byPlayhead.get(playhead);
  if (!view) byPlayhead.set(playhead, (view = laggingView(store, playhead)));
  return view;
}

type Listener = (state: SimState, prev: SimState) => void;

function laggingView(store: StoreView, playhead: MotionValue<number>): StoreView {
  const listeners = new Set<Listener>();
  let shown = store.getState();
  let cancelPending: (() => void) | null = null;
  let stop: (() => void) | null = null;

  const tell = () => {
    cancelPending?.();
    cancelPending = null;
    const prev = shown;
    shown = store.getState();
    if (shown === prev) return;
    for (const listener of listeners) listener(shown, prev);
  };
  const onStoreChange = (state: SimState) => {
    if (state === shown) return;
    if (!cancelPending && isOneStepForward(state, shown)) cancelPending = afterNextFrame(tell);
    else tell();
  };
  // Whichever of the store's listeners runs first, the playhead's move tells what it belongs to.
  const onPlayheadChange = () => {
    if (store.getState() !== shown) tell();
  };

  return {
    // The state last told; with no follower, the store's own.
    getState: () => (stop ? shown : store.getState()),
    subscribe(listener) {
      if (!stop) {
        shown = store.getState();
        const stopStore = store.subscribe(onStoreChange);
        const stopPlayhead = playhead.on('change', onPlayheadChange);
        stop = () => {
          stopStore();
          stopPlayhead();
          cancelPending?.();
          cancelPending = null;
        };
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        stop?.();
        stop = null;
      };
    },
  };
}

/** The cursor moved one step forward, within one trace and one selection. */
function isOneStepForward(state: SimState, prev: SimState): boolean {
  return state.cursor === prev.cursor + 1 && state.selectedSegment === prev.selectedSegment && selectTrace(state) === selectTrace(prev);
}
