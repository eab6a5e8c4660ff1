import { memo } from 'react';
import type { MotionValue } from 'framer-motion';
import { useT } from '../../i18n';
import { usePlayhead } from '../../playback';
import { useSim, useSimActions, useTrace } from '../../store';
import type { ArrowText } from '../../ui/ladder-words/arrowText';
import { EM, type ArrowLayout } from '../../export/ladder/layout';
import { LadderFrame } from './LadderFrame';
import { SegmentArrow } from './SegmentArrow';

/**
 * The sequence diagram, connected to the store.
 *
 * Performance (the xyflow pattern): the layout depends only on the trace, the size, the language
 * and the number mode, and each arrow subscribes to its own two booleans ("has my sending step been
 * applied?", "am I selected?"), so a step re-renders only the arrows whose visibility or selection
 * flips (plus the cheap frame, for its notes) instead of the whole diagram; motion comes from the
 * playhead and re-renders nothing.
 */
export function Ladder() {
  const trace = useTrace();
  const playhead = usePlayhead();
  const seqMode = useSim((s) => s.seqMode);
  const cursor = useSim((s) => s.cursor);
  const { t } = useT();
  return (
    <LadderFrame
      trace={trace}
      cursor={cursor}
      playhead={playhead}
      seqMode={seqMode}
      t={t}
      renderArrows={(arrows, layout, texts, nowY) =>
        arrows.map((arrow) => (
          <ConnectedArrow
            key={arrow.id}
            arrow={arrow}
            text={texts[arrow.id - 1] as ArrowText}
            nowY={nowY}
            labelPx={layout.fontPx * EM.arrowFont}
          />
        ))
      }
    />
  );
}

interface ConnectedArrowProps {
  readonly arrow: ArrowLayout;
  readonly text: ArrowText;
  readonly nowY: MotionValue<number>;
  readonly labelPx: number;
}

const ConnectedArrow = memo(function ConnectedArrow({ arrow, text, nowY, labelPx }: ConnectedArrowProps) {
  const trace = useTrace();
  const segment = trace.segments[arrow.id - 1];
  const sentStep = segment?.sentStep ?? Infinity;
  const visible = useSim((s) => s.cursor > sentStep);
  const selected = useSim((s) => s.selectedSegment === arrow.id);
  const { selectSegment } = useSimActions();
  if (!visible || !segment) return null;
  return (
    <SegmentArrow arrow={arrow} segment={segment} text={text} selected={selected} nowY={nowY} labelPx={labelPx} onSelect={selectSegment} />
  );
});
