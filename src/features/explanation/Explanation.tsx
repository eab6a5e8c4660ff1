import { useT } from '../../i18n';
import { useDeferredStep, useSim } from '../../store';
import { ExplanationView } from './ExplanationView';

/**
 * The explanation of the step on screen. It follows the step a frame behind the diagram
 * (useDeferredValue): a step draws the diagram first, and this text, the largest thing a step
 * renders, comes in React's next, interruptible render instead of delaying that frame (issue 8).
 * Trace and cursor are deferred together (useDeferredStep), so the two never disagree.
 */
export function Explanation() {
  const { trace, cursor } = useDeferredStep();
  const seqMode = useSim((s) => s.seqMode);
  const { t } = useT();
  return <ExplanationView trace={trace} cursor={cursor} seqMode={seqMode} t={t} />;
}
