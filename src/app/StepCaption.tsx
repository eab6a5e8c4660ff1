import { useT } from '../i18n/useT';
import { useSim, useTrace } from '../store';
import { describeStep } from './stepAnnouncement';

/**
 * One or two lines saying what the current step did, right above the diagram. On a phone the
 * explanation is a screen below, so this is what keeps picture and words together after each tap;
 * wider screens have the explanation beside the diagram and hide it (layout.css). Not a live
 * region: the step announcer already speaks the same sentence.
 */
export function StepCaption({ cursor: at }: { cursor?: number } = {}) {
  const { t } = useT();
  const trace = useTrace();
  const cursor = useSim((s) => s.cursor);
  return <p className="step-caption">{describeStep(trace, at ?? cursor, t)}</p>;
}
