import { badgesMessagesEn } from './messages.en';
import { badgesMessagesZh } from './messages.zh';

/** Both languages together, for tests; src/i18n imports the per-language tables. */
export const badgesMessages = { en: badgesMessagesEn, zh: badgesMessagesZh } as const;
