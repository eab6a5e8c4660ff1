import { useT } from '../i18n/useT';
import { useSim, useTrace } from '../store';
import { describeStep } from './stepAnnouncement';

/**
 * Visually hidden live region that says what each step did. Polite, so it waits for the
 * reader to finish; it is not the notice region, so the two never overwrite each other.
 */
export function StepAnnouncer() {
  const { t } = useT();
  const trace = useTrace();
  const cursor = useSim((s) => s.cursor);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="step-announcer">
      {describeStep(trace, cursor, t)}
    </div>
  );
}
