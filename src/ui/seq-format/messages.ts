import { seqFormatMessagesEn } from './messages.en';
import { seqFormatMessagesZh } from './messages.zh';

/** Both languages together, for tests; src/i18n imports the per-language tables. */
export const seqFormatMessages = { en: seqFormatMessagesEn, zh: seqFormatMessagesZh } as const;
