import { badgesMessages } from '../../features/badges/messages';
import { explanationMessages } from '../../features/explanation/messages';
import { inspectorMessages } from '../../features/inspector/messages';
import { ladderMessages } from '../../features/ladder/messages';
import { seqFormatMessages } from '../../features/seq-format/messages';
import { enUi } from './ui';

/**
 * English interface strings, bundled with the app: enough to draw every control. The longer
 * teaching text (en/teaching.ts) arrives as its own chunk to keep first-paint JS small.
 * Feature folders that keep their own small message tables are merged in here.
 */
export const enBase = {
  ...enUi,
  ...seqFormatMessages.en,
  ...ladderMessages.en,
  ...badgesMessages.en,
  ...explanationMessages.en,
  ...inspectorMessages.en,
};
