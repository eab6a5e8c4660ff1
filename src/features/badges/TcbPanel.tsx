import { useMemo, useState } from 'react';
import { snapshotAt } from '../../engine';
import { useT } from '../../i18n';
import { usePlayhead, useSettledCursor } from '../../playback';
import { useSim, useTrace, useValueAfterFrame } from '../../store';
import { seqContext } from '../../ui/seq-format';
import { useClientValue } from '../../ui/useClientValue';
import { TcbTable } from './TcbTable';

/** Screens shorter than this start with the table folded, so the badges and explanation fit. */
const OPEN_FROM_HEIGHT = 900;

/**
 * The TCB table as of the settled cursor: values change when the step's segment arrives, exactly
 * like the badges, and a frame behind them, once that frame has been produced (useValueAfterFrame;
 * issue 8: with useDeferredValue the table's twenty cells often rendered before it). Re-renders
 * once per step (the countdowns run off the playhead). Folded by default on short screens; the
 * learner's choice then stands.
 */
export function TcbPanel() {
  const liveTrace = useTrace();
  const liveCursor = useSettledCursor();
  // Trace and cursor taken together, so the table never mixes one step's trace with another's cursor.
  const { trace, cursor } = useValueAfterFrame(useMemo(() => ({ trace: liveTrace, cursor: liveCursor }), [liveTrace, liveCursor]));
  const mode = useSim((s) => s.seqMode);
  const ctx = useMemo(() => seqContext(mode, trace), [mode, trace]);
  const playhead = usePlayhead();
  const { t } = useT();
  // Prerendered folded (phones, which most readers and Lighthouse use, are short screens).
  const tall = useClientValue(() => window.innerHeight >= OPEN_FROM_HEIGHT, false);
  const [chosen, setOpen] = useState<boolean | null>(null);
  const open = chosen ?? tall;
  return (
    <details className="tcb-panel" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="tcb-panel__summary">{t('tcb.summary')}</summary>
      <TcbTable snapshots={snapshotAt(trace, cursor)} previous={snapshotAt(trace, cursor - 1)} ctx={ctx} playhead={playhead} t={t} />
    </details>
  );
}
