import type { enView } from '../en/view';
import { sameKeysAs } from '../sameKeys';
import { zhBadges } from './badges';
import { zhCaptureFiles } from './captureFiles';
import { zhExplanation } from './explanation';
import { zhInspector } from './inspector';
import { zhLadder } from './ladder';
import { zhTeachingPanels } from './teachingPanels';

/** The Chinese text of the diagram and the panels, a chunk of its own: exactly the keys of en/view.ts. */
export const zhView = sameKeysAs<typeof enView>()({
  ...zhBadges,
  ...zhCaptureFiles,
  ...zhExplanation,
  ...zhInspector,
  ...zhLadder,
  ...zhTeachingPanels,
});
