import { useDeferredValue } from 'react';
import { useT } from '../i18n/useT';
import { useSim, useTrace } from '../store';
import { describeStep } from './stepAnnouncement';

/**
 * One or two lines saying what the current step did, right above the diagram. On a phone the
 * explanation is a screen below, so this is what keeps picture and words together after each tap;
 * wider screens have the explanation beside the diagram and hide it (layout.css). Not a live
 * region: the step announcer already speaks the same sentence. Like the explanation, it follows
 * the step a frame behind the diagram (issue 8).
 */
export function StepCaption({ cursor: at }: { cursor?: number } = {}) {
  const { t } = useT();
  const trace = useDeferredValue(useTrace());
  const cursor = useDeferredValue(useSim((s) => s.cursor));
  return <p className="step-caption">{describeStep(trace, at ?? cursor, t)}</p>;
}
