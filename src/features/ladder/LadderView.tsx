import type { LadderViewProps } from '../../ui';
import { usePropCursor } from './cursorSource';
import { LadderFrame } from './LadderFrame';
import { SegmentArrow } from './SegmentArrow';

export type { LadderViewProps };

/**
 * The diagram driven entirely by props: what tests render, and what a host without the store
 * (an embed, a quiz) can use. The app uses the store-connected `Ladder`.
 */
export function LadderView({ trace, cursor, playhead, selectedSegment, onSelect, seqMode, t }: LadderViewProps) {
  const cursorSource = usePropCursor(cursor);
  return (
    <LadderFrame
      trace={trace}
      cursor={cursorSource}
      playhead={playhead}
      seqMode={seqMode}
      t={t}
      renderArrow={(inputs) =>
        // A segment exists on screen once the step that sent it has been applied.
        cursor <= inputs.segment.sentStep ? null : (
          <SegmentArrow {...inputs} selected={selectedSegment === inputs.arrow.id} onSelect={onSelect} />
        )
      }
    />
  );
}
