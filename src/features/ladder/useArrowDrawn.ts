import type { MotionValue } from 'framer-motion';
import { useLayoutEffect, useState } from 'react';
import type { ArrowLayout } from '../../export/ladder/layout';
import { afterNextFrame } from '../../store';
import { leftSenderAt } from './SegmentArrow';

/**
 * Whether to draw an arrow whose segment the store says is `sent` (its sending step applied).
 *
 * A step's new arrows leave their sender when the step's glide lands, at its end: in the frame
 * that shows the step they would be drawn with nothing visible (leftSenderAt). Issue 8 (a step in
 * one frame): putting them on the page there was the largest part of that frame (rendering five
 * components, then styling and laying out the SVG they add), so they are drawn in a task after it,
 * while the glide runs. At once where the "now" line is already at their sending (reduced
 * motion, a jump, a step at the last one's instant), and as soon as it gets there if that comes
 * first (a key pressed again before the frame); taken away at once.
 */
export function useArrowDrawn(sent: boolean, arrow: ArrowLayout, nowY: MotionValue<number>): boolean {
  // Drawn at first whatever the "now" line says: a new page, trace or layout draws what is sent.
  const [released, setReleased] = useState(sent);
  // Unsent again (a step back): the next sending waits for its own frame.
  if (!sent && released) setReleased(false);
  const drawn = sent && (released || leftSenderAt(arrow, nowY.get()));
  // A layout effect: a passive one would make React schedule a task of its own for the step's
  // commit (to flush it), which then runs before the step's frame.
  useLayoutEffect(() => {
    if (!sent || released) return;
    const release = () => setReleased(true);
    const cancelFrame = afterNextFrame(release);
    // The line reaching the sender before that frame's task: drawn in that very frame.
    const stopFollowing = nowY.on('change', (y) => {
      if (leftSenderAt(arrow, y)) release();
    });
    return () => {
      cancelFrame();
      stopFollowing();
    };
  }, [sent, released, arrow, nowY]);
  return drawn;
}
