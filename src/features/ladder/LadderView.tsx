import type { MotionValue } from 'framer-motion';
import type { Trace } from '../../engine';
import type { SeqMode, Translate } from '../../ui/seq-format';
import type { ArrowText } from './arrowText';
import { EM } from './layout';
import { LadderFrame } from './LadderFrame';
import { SegmentArrow } from './SegmentArrow';

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
  return (
    <LadderFrame
      trace={trace}
      cursor={cursor}
      playhead={playhead}
      seqMode={seqMode}
      t={t}
      renderArrows={(layout, texts, nowY) =>
        layout.arrows.map((arrow) => {
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
