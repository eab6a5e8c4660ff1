import { WholeStateNames } from '../ui/WholeStateNames';
import { useStepDescription } from './useStepDescription';

/**
 * One or two lines saying what the current step did, right above the diagram. On a phone the
 * explanation is a screen below, so this is what keeps picture and words together after each tap;
 * wider screens have the explanation beside the diagram and hide it (layout.css). Not a live
 * region: the step announcer already speaks the same sentence. Like the explanation, it follows
 * the step a frame behind the diagram (issue 8).
 */
export function StepCaption({ cursor: at }: { cursor?: number } = {}) {
  return (
    <p className="step-caption">
      <WholeStateNames text={useStepDescription(at)} />
    </p>
  );
}
