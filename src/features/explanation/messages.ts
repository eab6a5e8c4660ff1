import { explanationMessagesEn } from './messages.en';
import { explanationMessagesZh } from './messages.zh';

/** Both languages together, for tests; src/i18n imports the per-language tables. */
export const explanationMessages = { en: explanationMessagesEn, zh: explanationMessagesZh } as const;
