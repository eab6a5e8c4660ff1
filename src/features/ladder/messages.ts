import { ladderMessagesEn } from './messages.en';
import { ladderMessagesZh } from './messages.zh';

/**
 * Both languages together, for tests. The app never imports this: src/i18n takes the English
 * table into the main bundle and the Chinese one into the Chinese chunk.
 */
export const ladderMessages = { en: ladderMessagesEn, zh: ladderMessagesZh } as const;
