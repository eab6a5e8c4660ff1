import { useT } from '../../i18n';
import { useSim, useTrace } from '../../store';
import { ExplanationView } from './ExplanationView';

export function Explanation() {
  const trace = useTrace();
  const cursor = useSim((s) => s.cursor);
  const seqMode = useSim((s) => s.seqMode);
  const { t } = useT();
  return <ExplanationView trace={trace} cursor={cursor} seqMode={seqMode} t={t} />;
}
