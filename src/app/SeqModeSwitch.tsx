import { useT } from '../i18n/useT';
import { useSim, useSimActions, type SeqMode } from '../store';
import { SegmentedControl } from '../ui/SegmentedControl';

const MODES: readonly SeqMode[] = ['relative', 'absolute'];

export function SeqModeSwitch() {
  const { t } = useT();
  const seqMode = useSim((s) => s.seqMode);
  const { setSeqMode } = useSimActions();
  return (
    <SegmentedControl<SeqMode>
      legend={t('ui.seq.label')}
      value={seqMode}
      options={MODES.map((value) => ({ value, label: t(`ui.seq.${value}`) }))}
      onChange={setSeqMode}
    />
  );
}
