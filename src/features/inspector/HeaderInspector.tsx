import { useT } from '../../i18n';
import { useSim, useTrace } from '../../store';
import { inspectedSegment } from './headerFields';
import { HeaderInspectorView } from './HeaderInspectorView';

/** The header of the selected segment, or of the latest one sent when nothing is selected. */
export function HeaderInspector() {
  const trace = useTrace();
  const cursor = useSim((s) => s.cursor);
  const selectedId = useSim((s) => s.selectedSegment);
  const seqMode = useSim((s) => s.seqMode);
  const { t } = useT();
  const segment = inspectedSegment(trace, cursor, selectedId);
  return (
    <HeaderInspectorView trace={trace} segment={segment} selected={segment !== null && segment.id === selectedId} seqMode={seqMode} t={t} />
  );
}
