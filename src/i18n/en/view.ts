import { enBadges } from './badges';
import { enCaptureFiles } from './captureFiles';
import { enExplanation } from './explanation';
import { enInspector } from './inspector';
import { enLadder } from './ladder';
import { enTeachingPanels } from './teachingPanels';

/**
 * The English text of the diagram and the panels beside it (src/app/panels.ts), as a chunk of its
 * own: the panels wait for it (src/app/featurePanels.tsx), the prerendered page's header and
 * controls do not, so the English page answers before it has arrived (issue 8: first-paint JS).
 * A page drawn afresh waits for it with the panels. zh/view.ts is its Chinese twin.
 */
export const enView = {
  ...enBadges,
  // The capture files of the export dialog, which loads after the panels.
  ...enCaptureFiles,
  ...enExplanation,
  ...enInspector,
  ...enLadder,
  ...enTeachingPanels,
};
