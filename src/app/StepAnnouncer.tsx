import { useDeferredValue } from 'react';
import { useT } from '../i18n/useT';
import { useSim, useTrace } from '../store';
import { describeStep } from './stepAnnouncement';

/**
 * Visually hidden live region that says what each step did. Polite, so it waits for the
 * reader to finish; it is not the notice region, so the two never overwrite each other. It
 * follows the step a frame behind the diagram (issue 8), which no listener can hear.
 */
export function StepAnnouncer() {
  const { t } = useT();
  const trace = useDeferredValue(useTrace());
  const cursor = useDeferredValue(useSim((s) => s.cursor));
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="step-announcer">
      {describeStep(trace, cursor, t)}
    </div>
  );
}
