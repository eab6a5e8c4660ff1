import type { MotionValue } from 'framer-motion';
import type { Trace } from '../engine';
import type { SeqMode, Translate } from './seq-format';

/**
 * What a ladder diagram is drawn from, with no store behind it: the ladder feature's LadderView
 * takes it, and a feature that shows ladders of its own (lessons' side-by-side comparison) hands
 * it to a `renderLadder` that app/ fills in, so neither feature imports the other.
 */
export interface LadderViewProps {
  readonly trace: Trace;
  /** Number of steps applied. */
  readonly cursor: number;
  readonly playhead: MotionValue<number>;
  readonly selectedSegment: number | null;
  readonly onSelect: (id: number | null) => void;
  readonly seqMode: SeqMode;
  readonly t: Translate;
}
