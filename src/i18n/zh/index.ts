import { badgesMessagesZh } from '../../features/badges/messages.zh';
import { explanationMessagesZh } from '../../features/explanation/messages.zh';
import { figuresMessagesZh } from '../../features/figures/messages.zh';
import { inspectorMessagesZh } from '../../features/inspector/messages.zh';
import { ladderMessagesZh } from '../../features/ladder/messages.zh';
import { seqFormatMessagesZh } from '../../ui/seq-format/messages.zh';
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
  ...seqFormatMessagesZh,
  ...ladderMessagesZh,
  ...badgesMessagesZh,
  ...explanationMessagesZh,
  ...inspectorMessagesZh,
  ...figuresMessagesZh,
  ...zhTeaching,
};
