import { badgesMessages } from '../../features/badges/messages';
import { explanationMessages } from '../../features/explanation/messages';
import { inspectorMessages } from '../../features/inspector/messages';
import { ladderMessages } from '../../features/ladder/messages';
import { seqFormatMessages } from '../../features/seq-format/messages';
import type { enDetails } from '../en/details';
import type { MessageKey } from '../messages';
import { zhTeaching } from './teaching';
import { zhUi } from './ui';

/**
 * Chinese for the first paint, loaded with a dynamic import so English readers never download
 * it; the longer teaching text is zh/details.ts.
 */
export const zhCore: Record<Exclude<MessageKey, keyof typeof enDetails>, string> = {
  ...zhUi,
  ...seqFormatMessages.zh,
  ...ladderMessages.zh,
  ...badgesMessages.zh,
  ...explanationMessages.zh,
  ...inspectorMessages.zh,
  ...zhTeaching,
};
