/** Strings shared by every diagram feature (units). Merged into src/i18n by its owner. */
export const seqFormatMessages = {
  en: {
    'seqFormat.ms': '{value} ms',
    'seqFormat.seconds': '{value} s',
  },
  zh: {
    'seqFormat.ms': '{value} 毫秒',
    'seqFormat.seconds': '{value} 秒',
  },
} as const;
