import type { SeqFormatMessageKey } from './messages.en';

/** Chinese units; loaded only with the Chinese catalogue. */
export const seqFormatMessagesZh: Record<SeqFormatMessageKey, string> = {
  'seqFormat.ms': '{value} 毫秒',
  'seqFormat.seconds': '{value} 秒',
  'seqFormat.minutes': '{value} 分钟',
};
