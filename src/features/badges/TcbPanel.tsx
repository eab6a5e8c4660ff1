import { snapshotAt } from '../../engine';
import { useT } from '../../i18n';
import { usePlayhead } from '../../playback';
import { useSim, useTrace } from '../../store';
import { TcbTable } from './TcbTable';

/** The TCB table at the cursor; re-renders once per step (the countdowns run off the playhead). */
export function TcbPanel() {
  const trace = useTrace();
  const cursor = useSim((s) => s.cursor);
  const mode = useSim((s) => s.seqMode);
  const playhead = usePlayhead();
  const { t } = useT();
  return (
    <TcbTable
      snapshots={snapshotAt(trace, cursor)}
      previous={snapshotAt(trace, cursor - 1)}
      ctx={{ mode, isn: trace.isn }}
      playhead={playhead}
      t={t}
    />
  );
}
