import type { MotionValue } from 'framer-motion';
import type { Trace } from '../../engine';
import type { SeqMode, Translate } from '../seq-format';
import { arrowText } from './arrowText';
import { LadderFrame } from './LadderFrame';
import { arrowKey, SegmentArrow } from './SegmentArrow';

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

/**
 * The diagram driven entirely by props: what tests render, and what a host without the store
 * (an embed, a quiz) can use. The app uses the store-connected `Ladder`.
 */
export function LadderView({ trace, cursor, playhead, selectedSegment, onSelect, seqMode, t }: LadderViewProps) {
  const ctx = { mode: seqMode, isn: trace.isn };
  return (
    <LadderFrame
      trace={trace}
      playhead={playhead}
      t={t}
      renderArrows={(layout) =>
        layout.arrows.map((arrow) => {
          const segment = trace.segments[arrow.id - 1];
          // A segment exists on screen once the step that sent it has been applied.
          if (!segment || cursor <= segment.sentStep) return null;
          return (
            <SegmentArrow
              key={arrowKey(arrow)}
              arrow={arrow}
              segment={segment}
              text={arrowText(segment, ctx, t)}
              selected={selectedSegment === arrow.id}
              playhead={playhead}
              onSelect={onSelect}
            />
          );
        })
      }
    />
  );
}
