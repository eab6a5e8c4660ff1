import { inspectorMessagesEn } from './messages.en';
import { inspectorMessagesZh } from './messages.zh';

/** Both languages together, for tests; src/i18n imports the per-language tables. */
export const inspectorMessages = { en: inspectorMessagesEn, zh: inspectorMessagesZh } as const;
