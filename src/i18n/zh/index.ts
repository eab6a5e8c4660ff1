import { badgesMessages } from '../../features/badges/messages';
import { explanationMessages } from '../../features/explanation/messages';
import { inspectorMessages } from '../../features/inspector/messages';
import { ladderMessages } from '../../features/ladder/messages';
import { seqFormatMessages } from '../../features/seq-format/messages';
import type { MessageKey } from '../messages';
import { zhTeaching } from './teaching';
import { zhUi } from './ui';

/** Loaded with a dynamic import so English readers never download it. */
export const zh: Record<MessageKey, string> = {
  ...zhUi,
  ...seqFormatMessages.zh,
  ...ladderMessages.zh,
  ...badgesMessages.zh,
  ...explanationMessages.zh,
  ...inspectorMessages.zh,
  ...zhTeaching,
};
