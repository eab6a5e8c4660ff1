import type { LadderViewProps } from '../../ui';
import type { ArrowText } from '../../ui/ladder-words/arrowText';
import { EM } from '../../export/ladder/layout';
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
      renderArrows={(arrows, layout, texts, nowY) =>
        arrows.map((arrow) => {
          const segment = trace.segments[arrow.id - 1];
          // A segment exists on screen once the step that sent it has been applied.
          if (!segment || cursor <= segment.sentStep) return null;
          return (
            <SegmentArrow
              key={arrow.id}
              arrow={arrow}
              segment={segment}
              text={texts[arrow.id - 1] as ArrowText}
              selected={selectedSegment === arrow.id}
              nowY={nowY}
              labelPx={layout.fontPx * EM.arrowFont}
              onSelect={onSelect}
            />
          );
        })
      }
    />
  );
}
