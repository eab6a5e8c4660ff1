import { useMemo } from 'react';
import { useT } from '../i18n/useT';
import { useDeferredStep } from '../store';
import { describeStep } from './stepAnnouncement';

/**
 * What the step on screen did (or step `at`), a frame behind the diagram (useDeferredStep, issue
 * 8). Worked out once per step, in the render that brings the step's text.
 */
export function useStepDescription(at?: number): string {
  const { t } = useT();
  const { trace, cursor } = useDeferredStep();
  const step = at ?? cursor;
  return useMemo(() => describeStep(trace, step, t), [trace, step, t]);
}
