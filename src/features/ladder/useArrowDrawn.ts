import type { MotionValue } from 'framer-motion';
import { useMemo, useSyncExternalStore } from 'react';
import type { ArrowLayout } from '../../export/ladder/layout';
import { afterNextFrame, type SimStore } from '../../store';
import type { ArrowSignals } from './arrowSignals';
import { leftSenderAt } from './SegmentArrow';

/** Whether an arrow is on the page, and whether it is the selected one. */
export interface ArrowOnPage {
  readonly drawn: boolean;
  readonly selected: boolean;
}

const DRAWN = 1;
const SELECTED = 2;

/**
 * Whether to draw the arrow of segment `id`, sent by step `sentStep`, and whether it is selected.
 *
 * A step's new arrows leave their sender when the step's glide lands, at its end: in the frame
 * that shows the step they would be drawn with nothing visible (leftSenderAt). Issue 8 (a step in
 * one frame): putting them on the page there was the largest part of that frame (rendering five
 * components, then styling and laying out the SVG they add), so they are drawn in a task after it,
 * while the glide runs. At once where the "now" line is already at their sending (reduced
 * motion, a jump, a step at the last one's instant), and as soon as it gets there if that comes
 * first (a key pressed again before the frame); taken away at once.
 *
 * The arrow learns of its step from the diagram's one store subscription (arrowSignals) and
 * decides outside React, so a step's key task renders no arrow at all: React renders it when it
 * is drawn or taken away, or selected.
 */
export function useArrowDrawn(
  store: SimStore,
  signals: ArrowSignals,
  id: number,
  sentStep: number,
  arrow: ArrowLayout,
  nowY: MotionValue<number>,
): ArrowOnPage {
  const source = useMemo(() => arrowOnPage(store, signals, id, sentStep, arrow, nowY), [store, signals, id, sentStep, arrow, nowY]);
  const code = useSyncExternalStore(source.subscribe, source.read, source.read);
  return { drawn: (code & DRAWN) !== 0, selected: (code & SELECTED) !== 0 };
}

interface ArrowSource {
  readonly subscribe: (changed: () => void) => () => void;
  /** DRAWN | SELECTED, a number so that React sees an unchanged arrow as unchanged. */
  readonly read: () => number;
}

function arrowOnPage(
  store: SimStore,
  signals: ArrowSignals,
  id: number,
  sentStep: number,
  arrow: ArrowLayout,
  nowY: MotionValue<number>,
): ArrowSource {
  const isSent = () => store.getState().cursor > sentStep;
  // Drawn at first whatever the "now" line says: a new page, trace or layout draws what is sent.
  let drawn = isSent();
  let stopWaiting: (() => void) | null = null;
  let changed = () => {};
  const draw = () => {
    stopWaiting?.();
    if (drawn || !isSent()) return;
    drawn = true;
    changed();
  };
  // Sent, not drawn yet: drawn after the next frame, or once the line reaches the sender.
  const waitForFrame = () => {
    if (stopWaiting) return;
    const cancelFrame = afterNextFrame(draw);
    let lineStopped = false;
    const stopLine = nowY.on('change', (y) => {
      if (lineStopped || !leftSenderAt(arrow, y)) return;
      // Left to a microtask: leaving a motion value's listeners while it calls them would skip
      // the next one (another arrow waiting for the same change).
      lineStopped = true;
      queueMicrotask(stopLine);
      draw();
    });
    stopWaiting = () => {
      cancelFrame();
      if (!lineStopped) stopLine();
      lineStopped = true;
      stopWaiting = null;
    };
    // The line may be there already (moved by a listener of this step that ran before this one);
    // one that runs after moves it through the change just followed.
    if (leftSenderAt(arrow, nowY.get())) draw();
  };
  const follow = () => {
    if (!isSent()) {
      stopWaiting?.();
      drawn = false;
    } else if (!drawn) waitForFrame();
    changed();
  };
  return {
    subscribe(onChange) {
      changed = onChange;
      const stopFollowing = signals.follow(id, sentStep, follow);
      // A step taken between the render and this subscription.
      follow();
      return () => {
        stopFollowing();
        stopWaiting?.();
        changed = () => {};
      };
    },
    read: () => (drawn ? DRAWN : 0) | (store.getState().selectedSegment === id ? SELECTED : 0),
  };
}
