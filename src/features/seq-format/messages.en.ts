/** English units shared by every diagram feature; src/i18n merges them. */
export const seqFormatMessagesEn = {
  'seqFormat.ms': '{value} ms',
  'seqFormat.seconds': '{value} s',
  'seqFormat.minutes': '{value} min',
} as const;

export type SeqFormatMessageKey = keyof typeof seqFormatMessagesEn;
