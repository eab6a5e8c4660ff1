import { useDeferredValue, useMemo } from 'react';
import { useT } from '../i18n/useT';
import { useSim, useTrace } from '../store';
import { describeStep } from './stepAnnouncement';

/**
 * What the step on screen did (or step `at`), a frame behind the diagram: trace and cursor are
 * deferred together (issue 8). Worked out once per step: the step's own render, which still
 * sees the old inputs, reuses the sentence instead of writing it again.
 */
export function useStepDescription(at?: number): string {
  const { t } = useT();
  const trace = useDeferredValue(useTrace());
  const cursor = useDeferredValue(useSim((s) => s.cursor));
  const step = at ?? cursor;
  return useMemo(() => describeStep(trace, step, t), [trace, step, t]);
}
