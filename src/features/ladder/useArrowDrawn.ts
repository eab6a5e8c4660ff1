import { useMemo, useSyncExternalStore } from 'react';
import type { StoreView } from '../../playback';
import type { ArrowSignals } from './arrowSignals';

/** Whether an arrow is on the page, and whether it is the selected one. */
export interface ArrowOnPage {
  readonly drawn: boolean;
  readonly selected: boolean;
}

const DRAWN = 1;
const SELECTED = 2;

/**
 * Whether to draw the arrow of segment `id`, sent by step `sentStep` (it is on the page once that
 * step is applied), and whether it is selected, as the diagram's view of the store says.
 *
 * Issue 8 (a step in one frame): a step's new arrows leave their sender when the step's glide
 * lands, so in the frame that shows the step they would be drawn with nothing visible; putting
 * them on the page there was the largest part of that frame (rendering five components, then
 * styling and laying out the SVG they add). The view (stepsAfterFrame) tells the diagram of a step
 * forward in a task after that frame, so they are drawn there, while the glide runs; a jump, a
 * step back or a skipped glide is told at once and drawn at once.
 *
 * The arrow learns of its step from the diagram's one subscription (arrowSignals), so React
 * renders an arrow only when it is drawn or taken away, or selected.
 */
export function useArrowDrawn(store: StoreView, signals: ArrowSignals, id: number, sentStep: number): ArrowOnPage {
  const source = useMemo(() => arrowOnPage(store, signals, id, sentStep), [store, signals, id, sentStep]);
  const code = useSyncExternalStore(source.subscribe, source.read, source.read);
  return { drawn: (code & DRAWN) !== 0, selected: (code & SELECTED) !== 0 };
}

interface ArrowSource {
  readonly subscribe: (changed: () => void) => () => void;
  /** DRAWN | SELECTED, a number so that React sees an unchanged arrow as unchanged. */
  readonly read: () => number;
}

function arrowOnPage(store: StoreView, signals: ArrowSignals, id: number, sentStep: number): ArrowSource {
  return {
    subscribe: (changed) => signals.follow(id, sentStep, changed),
    read: () => {
      const state = store.getState();
      return (state.cursor > sentStep ? DRAWN : 0) | (state.selectedSegment === id ? SELECTED : 0);
    },
  };
}
