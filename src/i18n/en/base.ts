import { badgesMessagesEn } from '../../features/badges/messages.en';
import { explanationMessagesEn } from '../../features/explanation/messages.en';
import { figuresMessagesEn } from '../../features/figures/messages.en';
import { inspectorMessagesEn } from '../../features/inspector/messages.en';
import { ladderMessagesEn } from '../../features/ladder/messages.en';
import { seqFormatMessagesEn } from '../../ui/seq-format/messages.en';
import { enUi } from './ui';

/**
 * English interface strings, bundled with the app: enough to draw every control. The longer
 * teaching text (en/teaching.ts) arrives as its own chunk to keep first-paint JS small.
 * Feature folders that keep their own small message tables (one file per language, so Chinese
 * never ships to English readers) are merged in here.
 */
export const enBase = {
  ...enUi,
  ...seqFormatMessagesEn,
  ...ladderMessagesEn,
  ...badgesMessagesEn,
  ...explanationMessagesEn,
  ...inspectorMessagesEn,
  ...figuresMessagesEn,
};
