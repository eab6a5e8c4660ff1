import { memo, useId, useMemo } from 'react';
import { useT } from '../../i18n';
import { stepsAfterFrame, usePlayhead, type StoreView } from '../../playback';
import { useSim, useSimActions, useSimStore, useTrace } from '../../store';
import { useStoreCursor } from './cursorSource';
import { LadderFrame } from './LadderFrame';
import { SegmentArrow, type ArrowInputs } from './SegmentArrow';
import { arrowSignals, type ArrowSignals } from './arrowSignals';
import { useArrowDrawn } from './useArrowDrawn';

/**
 * The sequence diagram, connected to the store.
 *
 * Performance (the xyflow pattern): the layout depends only on the trace, the size, the language
 * and the number mode, and each arrow follows its own two booleans ("has my sending step been
 * applied?", "am I selected?") through the diagram's one store subscription (arrowSignals.ts) and
 * nothing else (its segment comes as a prop), so a step re-renders only the arrows whose
 * visibility or selection flips instead of the whole diagram (and those after the step's frame);
 * the frame around them follows the cursor outside React, and motion comes from the playhead:
 * neither re-renders anything.
 */
export function Ladder({ inspectable = false }: { readonly inspectable?: boolean } = {}) {
  const trace = useTrace();
  const playhead = usePlayhead();
  const seqMode = useSim((s) => s.seqMode);
  // Not a subscription: the frame follows the cursor outside React (cursorSource.ts), and each
  // arrow subscribes to whether it has been sent, so a step renders neither this nor the frame.
  const store = useSimStore();
  // A step forward reaches the diagram after the frame that shows it on the scrubber (one view
  // per store and playhead, so the same object on every render).
  const view = stepsAfterFrame(store, playhead);
  const cursor = useStoreCursor(view);
  // One store subscription for every arrow: whether it is sent and whether it is selected.
  const signals = useMemo(() => arrowSignals(view), [view]);
  const { t } = useT();
  // What Enter on an arrow does, said only where the page shows a header for it: presenter mode
  // and an embedded view have no inspector, and there an arrow's Enter only marks it.
  const hintId = useId();
  const describedBy = inspectable ? hintId : undefined;
  return (
    <>
      <LadderFrame
        trace={trace}
        cursor={cursor}
        playhead={playhead}
        seqMode={seqMode}
        t={t}
        renderArrow={(inputs) => <ConnectedArrow {...inputs} store={view} signals={signals} describedBy={describedBy} />}
      />
      {inspectable && (
        <span id={hintId} hidden>
          {t('ladder.arrow.inspectHint')}
        </span>
      )}
    </>
  );
}

interface ConnectedArrowProps extends ArrowInputs {
  readonly store: StoreView;
  readonly signals: ArrowSignals;
  readonly describedBy: string | undefined;
}

const ConnectedArrow = memo(function ConnectedArrow({ store, signals, describedBy, ...inputs }: ConnectedArrowProps) {
  const { drawn, selected } = useArrowDrawn(store, signals, inputs.arrow.id, inputs.segment.sentStep);
  const { selectSegment } = useSimActions();
  if (!drawn) return null;
  return <SegmentArrow {...inputs} selected={selected} onSelect={selectSegment} describedBy={describedBy} />;
});
