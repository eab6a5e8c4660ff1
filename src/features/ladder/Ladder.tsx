import { memo, useMemo } from 'react';
import type { MotionValue } from 'framer-motion';
import { useT } from '../../i18n';
import { usePlayhead } from '../../playback';
import { useSim, useSimActions, useTrace } from '../../store';
import type { ArrowLayout } from './layout';
import { arrowText } from './arrowText';
import { LadderFrame } from './LadderFrame';
import { arrowKey, SegmentArrow } from './SegmentArrow';

/**
 * The sequence diagram, connected to the store.
 *
 * Performance (the xyflow pattern): the ladder itself depends only on the trace — i.e. the list
 * of segment ids and their geometry — and each arrow subscribes to its own two booleans ("has my
 * sending step been applied?", "am I selected?"), so a step re-renders only the arrows whose
 * visibility or selection flips instead of the whole diagram; motion comes from the playhead and
 * re-renders nothing.
 */
export function Ladder() {
  const trace = useTrace();
  const playhead = usePlayhead();
  const { t } = useT();
  return (
    <LadderFrame
      trace={trace}
      playhead={playhead}
      t={t}
      renderArrows={(layout) =>
        layout.arrows.map((arrow) => <ConnectedArrow key={arrowKey(arrow)} arrow={arrow} playhead={playhead} />)
      }
    />
  );
}

const ConnectedArrow = memo(function ConnectedArrow({ arrow, playhead }: { arrow: ArrowLayout; playhead: MotionValue<number> }) {
  const trace = useTrace();
  const segment = trace.segments[arrow.id - 1];
  const sentStep = segment?.sentStep ?? Infinity;
  const visible = useSim((s) => s.cursor > sentStep);
  const selected = useSim((s) => s.selectedSegment === arrow.id);
  const seqMode = useSim((s) => s.seqMode);
  const { selectSegment } = useSimActions();
  const { t } = useT();
  const text = useMemo(
    () => (segment ? arrowText(segment, { mode: seqMode, isn: trace.isn }, t) : null),
    [segment, seqMode, trace.isn, t],
  );
  if (!visible || !segment || !text) return null;
  return <SegmentArrow arrow={arrow} segment={segment} text={text} selected={selected} playhead={playhead} onSelect={selectSegment} />;
});
