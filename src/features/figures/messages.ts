import { figuresMessagesEn } from './messages.en';
import { figuresMessagesZh } from './messages.zh';

/** Both languages together, for tests and the CLI; the app takes each table through src/i18n. */
export const figuresMessages = { en: figuresMessagesEn, zh: figuresMessagesZh } as const;
