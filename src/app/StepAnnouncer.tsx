import { useStepDescription } from './useStepDescription';

/**
 * Visually hidden live region that says what each step did. Polite, so it waits for the
 * reader to finish; it is not the notice region, so the two never overwrite each other. It
 * follows the step a frame behind the diagram (issue 8), which no listener can hear.
 */
export function StepAnnouncer() {
  const description = useStepDescription();
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="step-announcer">
      {description}
    </div>
  );
}
